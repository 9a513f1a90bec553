package dev.goose.kpi.measure;

/** What is wrong with a row of an import, and in which column; row 0 is the input as a whole. */
record RowProblem(int row, String column, String message) {
}
