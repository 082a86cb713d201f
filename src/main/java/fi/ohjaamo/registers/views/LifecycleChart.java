package fi.ohjaamo.registers.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.registers.Verdict;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every system's newest assessment on the plane of business fit × technical condition. Systems with the same scores
 * and verdict share one bubble, sized by their number; bubbles of different verdicts on the same scores are set a
 * little apart around the point so that none hides another.
 */
public record LifecycleChart(List<Bubble> bubbles, Map<Quadrant, List<Assessed>> byQuadrant, List<Unassessed> unassessed) {

	/** A system and its newest assessment. */
	public record Assessed(UUID systemId, String name, int businessFit, int technicalCondition, Verdict verdict,
			LocalDate assessedOn) {
	}

	public record Unassessed(UUID systemId, String name) {
	}

	/** Where the bubble is drawn ({@code x}, {@code y}), the scores it stands for, and the systems in it. */
	public record Bubble(double x, double y, int businessFit, int technicalCondition, Verdict verdict,
			List<String> names) {
	}

	/** The systems in the quadrant, by name. */
	public List<Assessed> in(Quadrant quadrant) {
		return byQuadrant.getOrDefault(quadrant, List.of());
	}

	public int assessedCount() {
		return byQuadrant.values().stream().mapToInt(List::size).sum();
	}

	public boolean isEmpty() {
		return bubbles.isEmpty();
	}

	/** The bubbles as the page's script (js/lifecycle-chart.js) reads them from the canvas's {@code data-chart}. */
	public String json(JsonMapper json) {
		return json.writeValueAsString(Map.of("bubbles", bubbles));
	}

}
