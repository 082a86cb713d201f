package fi.ohjaamo.portfolio.web;

/** One labelled value of a card as a reader sees it, in the reader's language. */
public record CardField(String key, String label, String value) {

}
