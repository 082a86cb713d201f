package fi.ohjaamo.prioritisation;

/** One level of a criterion's scale: the value an evaluator picks and what it means. */
public record ScaleLevel(int value, String meaning) {

}
