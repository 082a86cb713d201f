package fi.ohjaamo.organisation;

/** A service area (palvelualue, toimiala) holds units; projects belong to a service area and optionally a unit. */
public enum UnitKind {

	SERVICE_AREA, UNIT

}
