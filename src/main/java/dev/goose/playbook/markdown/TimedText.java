package dev.goose.playbook.markdown;

import java.time.Duration;

/**
 * The source handed to flexmark, which reads every character through {@link #charAt}: every few
 * thousand reads the clock is looked at, so that a parse stops at its time limit wherever it is,
 * even inside flexmark, instead of running on after the request has gone. It also remembers the
 * last character read, which says at what line a parse was stopped.
 */
final class TimedText implements CharSequence {

    private static final int CHECK_EVERY = (1 << 12) - 1;

    private final String text;
    private final Duration limit;
    private final long deadline;
    private int reads;
    private int lastRead;

    TimedText(String text, Duration limit) {
        this.text = text;
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    @Override
    public char charAt(int index) {
        if ((++reads & CHECK_EVERY) == 0) {
            check();
        }
        lastRead = index;
        return text.charAt(index);
    }

    /** Throws once the time limit has passed. */
    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new ParseRefused(lineOfLastRead(), "Reading this playbook took longer than the limit of "
                    + seconds(limit) + "; it is too large or too intricate: split it into several playbooks.");
        }
    }

    /** The 1-based line of the last character read; 0 before any. */
    int lineOfLastRead() {
        if (reads == 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < lastRead && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
