package fi.ohjaamo.registers.views;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.registers.Criticality;
import tools.jackson.databind.json.JsonMapper;

/**
 * Systems as nodes and their integrations as edges, each edge pointing the way the data flows; {@code left out} counts
 * the systems in view that have no integration at all and so are not drawn.
 */
public record IntegrationMap(List<Node> nodes, List<Edge> edges, int leftOut) {

	public record Node(UUID id, String name, Criticality criticality) {
	}

	/** Data flows from {@code source} to {@code target}, and back too when {@code bothWays}. */
	public record Edge(Node source, Node target, boolean bothWays, String method) {
	}

	/** The map as the page's script (js/integration-map.js) reads it from the map's {@code data-map} attribute. */
	public String json(JsonMapper json) {
		return json.writeValueAsString(new Data(nodes.stream().map(n -> new NodeData(n.id(), n.name(), n.criticality()))
			.toList(), edges.stream().map(e -> new EdgeData(e.source().id(), e.target().id(), e.bothWays(), e.method()))
			.toList()));
	}

	private record Data(List<NodeData> nodes, List<EdgeData> edges) {
	}

	private record NodeData(UUID id, String name, Criticality criticality) {
	}

	private record EdgeData(UUID source, UUID target, boolean bothWays, String method) {
	}

}
