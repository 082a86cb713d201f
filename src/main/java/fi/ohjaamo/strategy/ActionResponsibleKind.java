package fi.ohjaamo.strategy;

/** Who answers for an action: a unit of the organisation, a role described in words, or a named person. */
public enum ActionResponsibleKind {

	UNIT, ROLE, PERSON

}
