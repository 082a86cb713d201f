package fi.ohjaamo.scenario;

/** What a scenario does to one project: takes it out of the plan, takes an idea in, or moves its schedule. */
public enum ChangeKind {

	OUT, IN, SHIFT

}
