package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.KpiChoices;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.Period;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;

/**
 * What a target asks for in a given period once its ramp is applied, and how it is shown. Reads the
 * rep's onboarding inside the caller's transaction.
 */
final class TargetValues {

    private TargetValues() {
    }

    /** The target's value for the period after the ramp, unrounded; null when the target does not cover it. */
    public static BigDecimal forPeriod(KpiTarget target, Period period) {
        if (!target.covers(period)) {
            return null;
        }
        Optional<LocalDate> rampStart = target.personId == null || target.rampFrom == null ? Optional.empty()
                : People.byId(target.personId).flatMap(person -> KpiCalendar.rampStart(person, target.rampFrom));
        return target.valueFor(period, rampStart);
    }

    /** The day it is at the instant where the target's subject works: the rep's team zone, or the team's own. */
    public static LocalDate todayFor(KpiTarget target, Instant now) {
        ZoneId zone = target.personId != null ? People.byId(target.personId).map(Member::zone).orElse(ZoneOffset.UTC)
                : People.team(target.teamId).map(TeamInfo::zone).orElse(ZoneOffset.UTC);
        return LocalDate.ofInstant(now, zone);
    }

    /** The value for the period of the target's kind that holds the instant, after the ramp. */
    public static BigDecimal effectiveNow(KpiTarget target, Instant now) {
        return forPeriod(target, Period.containing(target.periodKind, todayFor(target, now)));
    }

    /**
     * The number without trailing zeros, never in exponent form: 40.0000 as stored reads 40, so
     * that a target reads the same whether it was just set or read back.
     */
    public static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The target as shown at the instant, which picks the period its effective value is for. */
    public static TargetView view(KpiTarget target, Instant now) {
        return new TargetView(target.id, target.kpi.key, target.kpi.name, KpiChoices.word(target.kpi.unit),
                target.personId, People.nameOf(target.personId),
                target.teamId, target.teamId == null ? null : People.team(target.teamId).map(TeamInfo::name).orElse(null),
                KpiChoices.word(target.periodKind), plain(target.value), target.startsOn, target.endsOn,
                target.rampPercents().stream().map(TargetValues::plain).toList(), KpiChoices.word(target.rampFrom),
                plain(effectiveNow(target, now)),
                People.nameOf(target.setById), target.setAt);
    }
}
