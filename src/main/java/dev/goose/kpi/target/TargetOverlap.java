package dev.goose.kpi.target;

import dev.goose.errors.Conflict;
import dev.goose.kpi.KpiChoices;
import dev.goose.kpi.KpiTarget;

/** The rule that targets of one KPI, subject and kind never overlap, checked with the KPI row locked. */
final class TargetOverlap {

    private TargetOverlap() {
    }

    static Span span(KpiTarget target) {
        return new Span(target.startsOn, target.endsOn);
    }

    /** Refuses the target when another of its KPI, subject and kind shares a day with it. */
    static void refuse(KpiTarget target) {
        Span wanted = span(target);
        for (KpiTarget other : KpiTarget.of(target.kpi, target.subject, target.periodKind)) {
            if (!other.id.equals(target.id) && span(other).overlaps(wanted)) {
                throw new Conflict("A " + KpiChoices.word(target.periodKind) + "ly target on " + target.kpi.name
                        + " already applies " + span(other).describe() + " (target " + other.id
                        + "); end or change it first, or choose periods outside it.");
            }
        }
    }
}
