package fi.ohjaamo.decisions;

import fi.ohjaamo.portfolio.ProjectKind;

/** What the rules read of one project: its costs, kind, recorded facts and the state of its impact assessment. */
public record CardFacts(CardCosts costs, ProjectKind kind, boolean newInformationSystem, boolean personalData,
		boolean crossSector) {

}
