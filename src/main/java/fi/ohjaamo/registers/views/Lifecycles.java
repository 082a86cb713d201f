package fi.ohjaamo.registers.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.views.LifecycleChart.Assessed;
import fi.ohjaamo.registers.views.LifecycleChart.Bubble;
import fi.ohjaamo.registers.views.LifecycleChart.Unassessed;
import org.springframework.stereotype.Service;

/** Places the organisation's systems on the lifecycle chart by their newest assessments. */
@Service
public class Lifecycles {

	/** How far apart, in score units, bubbles of different verdicts on the same scores are set. */
	private static final double SPREAD = 0.2;

	private final InformationSystems systems;

	Lifecycles(InformationSystems systems) {
		this.systems = systems;
	}

	public LifecycleChart of(UUID organisationId) {
		var assessed = new ArrayList<Assessed>();
		var unassessed = new ArrayList<Unassessed>();
		for (var system : systems.of(organisationId)) {
			system.latestAssessment().ifPresentOrElse(a -> assessed.add(new Assessed(system.getId(), system.getName(),
					a.businessFit(), a.technicalCondition(), a.verdict(), a.assessedOn())),
					() -> unassessed.add(new Unassessed(system.getId(), system.getName())));
		}
		Map<Quadrant, List<Assessed>> byQuadrant = new EnumMap<>(Quadrant.class);
		for (var quadrant : Quadrant.values()) {
			byQuadrant.put(quadrant, assessed.stream()
				.filter(a -> Quadrant.of(a.businessFit(), a.technicalCondition()) == quadrant)
				.toList());
		}
		return new LifecycleChart(bubbles(assessed), byQuadrant, unassessed);
	}

	private static List<Bubble> bubbles(List<Assessed> assessed) {
		// scores → verdict → names, in a stable order so the chart looks the same on every visit
		Map<String, Map<fi.ohjaamo.registers.Verdict, List<Assessed>>> cells = new LinkedHashMap<>();
		assessed.stream()
			.sorted(Comparator.comparing(Assessed::verdict).thenComparing(Assessed::name))
			.forEach(a -> cells.computeIfAbsent(a.businessFit() + "/" + a.technicalCondition(), k -> new LinkedHashMap<>())
				.computeIfAbsent(a.verdict(), k -> new ArrayList<>())
				.add(a));
		var bubbles = new ArrayList<Bubble>();
		cells.values().forEach(groups -> {
			int n = groups.size();
			int k = 0;
			for (var group : groups.values()) {
				var first = group.getFirst();
				double angle = 2 * Math.PI * k++ / n;
				double dx = n == 1 ? 0 : round(SPREAD * Math.cos(angle));
				double dy = n == 1 ? 0 : round(SPREAD * Math.sin(angle));
				bubbles.add(new Bubble(first.businessFit() + dx, first.technicalCondition() + dy, first.businessFit(),
						first.technicalCondition(), first.verdict(), group.stream().map(Assessed::name).toList()));
			}
		});
		return bubbles;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
