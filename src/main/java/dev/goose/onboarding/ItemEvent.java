package dev.goose.onboarding;

import java.time.Instant;

/**
 * One step in an item's history. The history is only ever appended to, so that a send-back or a
 * reopening never loses the note, link or comment that came before. {@code text} is the note of
 * a tick, the reason of a skip, or the comment of a sign-off or a send-back.
 */
record ItemEvent(Kind kind, Actor actor, Instant at, String text, String link) {

    enum Kind { DONE, SIGNED_OFF, SENT_BACK, SKIPPED, REOPENED }
}
