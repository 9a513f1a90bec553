package dev.goose.playbook.markdown;

import java.time.Duration;

/**
 * The work one parse may do, so that no text can keep a server busy: how deep lists and quotes may
 * nest, how many checklist items a playbook may have, and how long reading it may take. The source
 * size is bounded before this, by {@link ParseSettings#maxBytes()}.
 */
public record ParseBudget(int maxNesting, int maxItems, Duration timeLimit) {

    /** Deeper than any real document nests; shallow enough for flexmark's recursion and the sanitizer's limit. */
    static final int MAX_NESTING = 32;

    static final ParseBudget DEFAULT = new ParseBudget(MAX_NESTING, Outline.MAX_ITEMS, Duration.ofSeconds(10));

    /**
     * Refuses a source nested too deep or with too many items before flexmark sees it, then starts
     * the clock: the text returned is what flexmark reads, and it stops the parse at the time limit.
     */
    TimedText start(String body) {
        TimedText text = new TimedText(body, timeLimit);
        SourceScan.check(body, maxNesting, maxItems);
        return text;
    }

    /**
     * A stack overflow while parsing: some structure the scan did not catch (a line of 10,000 dashes,
     * an attribute block of 300,000 words) recursed too deep. Refused like the others, at the line
     * where reading stopped; the overflow is caught right around the parse, where nothing is left half-done.
     */
    static ParseRefused overflowed(TimedText text) {
        return new ParseRefused(text.lineOfLastRead(), "This part of the playbook is nested or repeated too deeply to be"
                + " read; simplify it or split it into several playbooks.");
    }
}
