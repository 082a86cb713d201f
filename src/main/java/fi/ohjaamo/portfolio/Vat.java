package fi.ohjaamo.portfolio;

/** Whether an amount includes value-added tax. */
public enum Vat {

	EXCLUDED, INCLUDED

}
