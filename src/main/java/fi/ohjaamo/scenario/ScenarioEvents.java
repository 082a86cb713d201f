package fi.ohjaamo.scenario;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens to scenarios, for the audit log. */
public final class ScenarioEvents {

	private ScenarioEvents() {
	}

	public record ScenarioCreated(UUID organisationId, UUID scenarioId, String name) implements Auditable {
		public String action() { return "scenario.created"; }
		public String objectType() { return "scenario"; }
		public String objectId() { return scenarioId.toString(); }
		public String summary() { return name; }
	}

	public record ScenarioDescribed(UUID organisationId, UUID scenarioId, String name) implements Auditable {
		public String action() { return "scenario.described"; }
		public String objectType() { return "scenario"; }
		public String objectId() { return scenarioId.toString(); }
		public String summary() { return name; }
	}

	public record ScenarioChanged(UUID organisationId, UUID scenarioId, String name, String change)
			implements Auditable {
		public String action() { return "scenario.changed"; }
		public String objectType() { return "scenario"; }
		public String objectId() { return scenarioId.toString(); }
		public String summary() { return name + ": " + change; }
	}

	public record ScenarioAdopted(UUID organisationId, UUID scenarioId, String name, int changes)
			implements Auditable {
		public String action() { return "scenario.adopted"; }
		public String objectType() { return "scenario"; }
		public String objectId() { return scenarioId.toString(); }
		public String summary() { return name + " (" + changes + ")"; }
	}

	public record ScenarioDiscarded(UUID organisationId, UUID scenarioId, String name) implements Auditable {
		public String action() { return "scenario.discarded"; }
		public String objectType() { return "scenario"; }
		public String objectId() { return scenarioId.toString(); }
		public String summary() { return name; }
	}

}
