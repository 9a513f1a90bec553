package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SPIFF: a dated bonus of {@code amount} for each named event from {@code from} to {@code to}: each
 * deal won (in one pipeline, or any), or each deal that enters a stage, paid to the deal's owner. A
 * per-person limit and a total budget for everyone the plan pays may bound it. Events are paid in the
 * order they happened, everyone's together: each is paid in full while both limits last, the one that
 * reaches a limit is paid what is left of it, and those after it nothing. Each is paid in the statement
 * of the period holding its day.
 *
 * @param qualifier the pipeline's key for {@link Event#DEAL_WON} (null for any pipeline), the stage's key for {@link Event#STAGE}
 * @param perPerson the most one person earns from it, or null
 * @param budget    the most it pays everyone together, or null
 */
public record Spiff(String name, LocalDate from, LocalDate to, Event each, String qualifier, BigDecimal amount, BigDecimal perPerson,
        BigDecimal budget) {

    public static final String COMPONENT = "spiff";

    public enum Event {
        DEAL_WON, STAGE
    }

    /** An event that may earn: whose, when (the day in their zone), and the deal it names. */
    public record Occurrence(Long personId, Instant at, LocalDate day, Long dealId, String dealName) {
    }

    /** What an occurrence earns, with why it earns less than the amount, or null when it earns it all. */
    public record Paid(Occurrence occurrence, BigDecimal amount, String limit) {
    }

    /** The events the SPIFF counts: from its first to its last day, inclusive. */
    public boolean counts(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Every occurrence within the SPIFF's days, in the order they happened (by person id at the same instant), with what it earns. */
    public List<Paid> allocate(List<Occurrence> occurrences, Currency currency) {
        List<Occurrence> ordered = new ArrayList<>(occurrences.stream().filter(o -> counts(o.day())).toList());
        ordered.sort(Comparator.comparing(Occurrence::at).thenComparing(Occurrence::personId).thenComparing(Occurrence::dealId));
        BigDecimal each = Money.round(amount, currency);
        BigDecimal spent = BigDecimal.ZERO;
        Map<Long, BigDecimal> earned = new HashMap<>();
        List<Paid> paid = new ArrayList<>();
        for (Occurrence o : ordered) {
            BigDecimal pays = each;
            String limit = null;
            BigDecimal mine = earned.getOrDefault(o.personId(), BigDecimal.ZERO);
            if (perPerson != null && mine.add(pays).compareTo(perPerson) > 0) {
                pays = perPerson.subtract(mine).max(BigDecimal.ZERO);
                limit = "the limit of " + Money.format(Money.round(perPerson, currency), currency) + " a person";
            }
            if (budget != null && spent.add(pays).compareTo(budget) > 0) {
                pays = budget.subtract(spent).max(BigDecimal.ZERO);
                limit = "the budget of " + Money.format(Money.round(budget, currency), currency) + " for everyone";
            }
            pays = Money.round(pays, currency);
            earned.put(o.personId(), mine.add(pays));
            spent = spent.add(pays);
            paid.add(new Paid(o, pays, limit));
        }
        return paid;
    }

    /** The line of one occurrence the person earned, in words. */
    public PlanLine line(Paid paid, Currency currency) {
        String event = each == Event.DEAL_WON ? "won on " + paid.occurrence().day() : "entered " + qualifier + " on " + paid.occurrence().day();
        String head = name + " (SPIFF, " + Money.format(Money.round(amount, currency), currency) + " for each deal "
                + (each == Event.DEAL_WON ? "won" + (qualifier == null ? "" : " in " + qualifier) : "entering " + qualifier)
                + " from " + from + " to " + to + "): " + paid.occurrence().dealName() + ", " + event;
        if (paid.limit() == null) {
            return new PlanLine(COMPONENT, head, paid.amount());
        }
        return new PlanLine(COMPONENT, head + (paid.amount().signum() == 0 ? ": nothing, " + paid.limit() + " was reached before it"
                : ": " + Money.format(paid.amount(), currency) + ", what was left of " + paid.limit()), paid.amount());
    }
}
