package dev.goose.kpi.measure;

/**
 * One measurement as it arrived, every cell still text: a CSV row or an item of a JSON batch.
 * {@code row} says where it was: the CSV row number (the header is row 1) or the batch index.
 */
record InputRow(int row, String person, String kpi, String date, String value, String externalId, String note) {
}
