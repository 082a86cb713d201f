package fi.ohjaamo.registers.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Integration;
import fi.ohjaamo.registers.views.IntegrationMap.Edge;
import fi.ohjaamo.registers.views.IntegrationMap.Node;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Draws the organisation's integration map, whole or around one service area's systems. */
@Service
public class IntegrationMaps {

	private final InformationSystems systems;

	IntegrationMaps(InformationSystems systems) {
		this.systems = systems;
	}

	/**
	 * The map of the organisation's systems; with a service area, its systems and their direct partners only. An
	 * integration recorded on both of its systems is drawn once.
	 */
	public IntegrationMap of(UUID organisationId, @Nullable UUID serviceArea) {
		var all = systems.of(organisationId);
		Map<UUID, Node> nodes = all.stream()
			.collect(Collectors.toMap(InformationSystem::getId, s -> new Node(s.getId(), s.getName(), s.getCriticality()),
					(a, b) -> a, LinkedHashMap::new));
		var inView = all.stream()
			.filter(s -> serviceArea == null || serviceArea.equals(s.getServiceAreaId()))
			.map(InformationSystem::getId)
			.collect(Collectors.toSet());
		var edges = edges(all, nodes).stream()
			.filter(e -> inView.contains(e.source().id()) || inView.contains(e.target().id()))
			.sorted(Comparator.comparing((Edge e) -> e.source().name()).thenComparing(e -> e.target().name()))
			.toList();
		Set<UUID> drawn = new HashSet<>();
		edges.forEach(e -> {
			drawn.add(e.source().id());
			drawn.add(e.target().id());
		});
		var shown = nodes.values().stream().filter(n -> drawn.contains(n.id())).toList();
		int leftOut = (int) inView.stream().filter(id -> !drawn.contains(id)).count();
		return new IntegrationMap(shown, edges, leftOut);
	}

	private static List<Edge> edges(List<InformationSystem> all, Map<UUID, Node> nodes) {
		var edges = new ArrayList<Edge>();
		Set<String> seen = new HashSet<>();
		for (var system : all) {
			for (var integration : system.getIntegrations()) {
				var other = nodes.get(integration.targetSystemId());
				if (other == null) {
					continue;
				}
				var from = Objects.requireNonNull(nodes.get(system.getId()), "every listed system is a node");
				var edge = flowing(from, other, integration);
				if (seen.add(key(edge))) {
					edges.add(edge);
				}
			}
		}
		return edges;
	}

	/** The edge in the direction the data flows; an incoming integration points from the other system. */
	private static Edge flowing(Node recordedOn, Node other, Integration integration) {
		return switch (integration.direction()) {
			case OUTGOING -> new Edge(recordedOn, other, false, integration.method());
			case INCOMING -> new Edge(other, recordedOn, false, integration.method());
			case BOTH_WAYS -> new Edge(recordedOn, other, true, integration.method());
		};
	}

	/** The same flow however it was recorded: a two-way edge has no first end. */
	private static String key(Edge edge) {
		Function<Node, String> id = n -> n.id().toString();
		String ends = edge.bothWays() && id.apply(edge.source()).compareTo(id.apply(edge.target())) > 0
				? id.apply(edge.target()) + ">" + id.apply(edge.source())
				: id.apply(edge.source()) + ">" + id.apply(edge.target());
		return ends + (edge.bothWays() ? "<" : "") + "|" + edge.method().strip().toLowerCase(java.util.Locale.ROOT);
	}

}
