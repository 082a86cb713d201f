package fi.ohjaamo.shared.web;

/**
 * One labelled value of a record as a reader sees it, in the reader's language: what a version list and a diff
 * compare. {@code key} identifies the field across versions, {@code label} names it to the reader.
 */
public record ReadField(String key, String label, String value) {

}
