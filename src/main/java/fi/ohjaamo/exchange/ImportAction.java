package fi.ohjaamo.exchange;

/** What an import's commit would do with one row of a sheet: add a thing, change it, or leave it as it is. */
public enum ImportAction {
	CREATE, UPDATE, UNCHANGED
}
