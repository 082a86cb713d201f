package fi.ohjaamo.organisation;

public enum OrganisationKind {

	MUNICIPALITY, WELLBEING_AREA, JOINT_AUTHORITY

}
