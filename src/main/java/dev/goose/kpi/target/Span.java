package dev.goose.kpi.target;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a target applies to, both ends inclusive; an open end runs on and on. Two targets of one
 * KPI, subject and kind must never share a day, or a period would have two targets.
 *
 * @param end the last day, or null when open
 */
public record Span(LocalDate start, LocalDate end) {

    public Span {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a span cannot end before it starts");
        }
    }

    public boolean overlaps(Span other) {
        return !start.isAfter(other.lastDay()) && !other.start.isAfter(lastDay());
    }

    public boolean isOpen() {
        return end == null;
    }

    /** "from 2025-01-01 to 2025-03-31" or "from 2025-01-01 on", for messages. */
    public String describe() {
        return end == null ? "from " + start + " on" : "from " + start + " to " + end;
    }

    private LocalDate lastDay() {
        return end == null ? LocalDate.MAX : end;
    }
}
