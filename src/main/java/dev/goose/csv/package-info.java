/**
 * CSV as Goose reads and writes it for every feature: uploads decoded strictly as UTF-8, and
 * exports whose cells a spreadsheet shows as text, never runs as formulas. Depends on no feature.
 */
package dev.goose.csv;
