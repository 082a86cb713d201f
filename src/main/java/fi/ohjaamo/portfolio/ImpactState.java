package fi.ohjaamo.portfolio;

/** The state of one part of the change-impact assessment (Information Management Act 906/2019 §5). */
public enum ImpactState {

	DESCRIBED, NO_IMPACT, NOT_ASSESSED

}
