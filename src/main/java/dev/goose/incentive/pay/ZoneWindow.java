package dev.goose.incentive.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;

import dev.goose.people.People.Member;

/**
 * The instants from the start of {@code first} to the end of {@code last} in any of the people's zones:
 * the widest window their days span, so that one query reads what all of them did, and each person's
 * own days are picked out of it after.
 */
record ZoneWindow(Instant from, Instant until) {

    static ZoneWindow spanning(Collection<Member> people, LocalDate first, LocalDate last) {
        Instant from = people.stream().map(m -> first.atStartOfDay(m.zone()).toInstant()).min(Comparator.naturalOrder())
                .orElse(first.atStartOfDay(ZoneOffset.UTC).toInstant());
        Instant until = people.stream().map(m -> last.plusDays(1).atStartOfDay(m.zone()).toInstant()).max(Comparator.naturalOrder())
                .orElse(from);
        return new ZoneWindow(from, until);
    }
}
