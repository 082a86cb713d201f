package fi.ohjaamo.strategy;

/** Where a strategy is in its life: being written, approved by a body, or replaced and kept for reference. */
public enum StrategyStatus {

	DRAFT, APPROVED, ARCHIVED

}
