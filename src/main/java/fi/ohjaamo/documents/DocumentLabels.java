package fi.ohjaamo.documents;

/** The few words a document needs around its content, in its own language: the contents heading and "page". */
public record DocumentLabels(String contents, String page) {
}
