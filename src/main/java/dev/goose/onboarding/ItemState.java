package dev.goose.onboarding;

/**
 * Where one item of a person's checklist stands. An item that needs sign-off waits in
 * {@code AWAITING_SIGN_OFF} once ticked, and is {@code DONE} only when a manager signs it off.
 */
public enum ItemState {
    OPEN, AWAITING_SIGN_OFF, DONE, SKIPPED;

    /** Done or skipped: nothing more is asked of anyone. */
    public boolean isFinished() {
        return this == DONE || this == SKIPPED;
    }
}
