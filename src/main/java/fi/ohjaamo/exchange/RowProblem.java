package fi.ohjaamo.exchange;

/** Why a row cannot be imported: its number in the spreadsheet, the column's heading (empty for the whole row), the reason. */
public record RowProblem(int row, String column, String reason) {

}
