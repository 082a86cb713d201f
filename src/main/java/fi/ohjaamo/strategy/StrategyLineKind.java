package fi.ohjaamo.strategy;

/** A guiding principle (periaate) or a policy (linjaus) of a strategy. */
public enum StrategyLineKind {

	PRINCIPLE, POLICY

}
