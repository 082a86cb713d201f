package fi.ohjaamo.portfolio;

/** Whether the project may be shown to council members and the public. */
public enum Visibility {

	PUBLIC, INTERNAL

}
