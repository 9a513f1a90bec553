package dev.goose.kpi.measure;

/**
 * What the "+1" buttons say after a click: "Logged 1 call", with an undo for entry {@code id};
 * or, once undone, that it no longer counts.
 */
public record LogConfirmation(Long id, String text, boolean undone) {
}
