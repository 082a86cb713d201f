package fi.ohjaamo.steering;

/** What sort of body decides: an IT steering group, a management team, a division of the board, or another. */
public enum BodyKind {

	IT_STEERING_GROUP, MANAGEMENT_TEAM, BOARD_DIVISION, OTHER

}
