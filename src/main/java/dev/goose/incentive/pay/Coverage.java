package dev.goose.incentive.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which plan pays a person on which days of a period. On each day, the person's own assignment that
 * started last applies; on days none of theirs has started, that of the team they were on that day
 * that started last does. Days
 * one plan pays in a row are one span, from the first of its assignments, so that attainment carries on
 * when the same plan is assigned again or moves from the team to the person.
 */
final class Coverage {

    private Coverage() {
    }

    /** An assignment as the rule needs it: the plan's playbook and the day it starts. */
    record Assigned(Long playbookId, LocalDate startsOn) {
    }

    /** Days {@code from} to {@code to} paid by the plan of {@code playbookId}, assigned from {@code startsOn}. */
    record Span(Long playbookId, LocalDate startsOn, LocalDate from, LocalDate to) {
    }

    /** The spans of the period, in order; days no assignment covers are in none. */
    static List<Span> of(List<Assigned> own, List<Assigned> team, LocalDate start, LocalDate end) {
        return of(own, day -> team, start, end);
    }

    /** As {@link #of(List, List, LocalDate, LocalDate)}, with the assignments of the team the person was on each day. */
    static List<Span> of(List<Assigned> own, Function<LocalDate, List<Assigned>> teamOn, LocalDate start, LocalDate end) {
        List<Span> spans = new ArrayList<>();
        Assigned open = null;
        LocalDate openFrom = null;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            Assigned today = latest(own, day);
            if (today == null) {
                today = latest(teamOn.apply(day), day);
            }
            if (!Objects.equals(today == null ? null : today.playbookId(), open == null ? null : open.playbookId())) {
                if (open != null) {
                    spans.add(new Span(open.playbookId(), open.startsOn(), openFrom, day.minusDays(1)));
                }
                open = today;
                openFrom = day;
            }
        }
        if (open != null) {
            spans.add(new Span(open.playbookId(), open.startsOn(), openFrom, end));
        }
        return spans;
    }

    private static Assigned latest(List<Assigned> assignments, LocalDate day) {
        Assigned found = null;
        for (Assigned a : assignments) {
            if (!a.startsOn().isAfter(day) && (found == null || a.startsOn().isAfter(found.startsOn()))) {
                found = a;
            }
        }
        return found;
    }
}
