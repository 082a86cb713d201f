package fi.ohjaamo.strategy;

/** The four quadrants of a SWOT analysis, in the order they are drawn. */
public enum SwotQuadrant {

	STRENGTH, WEAKNESS, OPPORTUNITY, THREAT

}
