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
 * deal won (in one pipeline, or any), or each deal that enters a stage, paid to the deal's owner; or
 * each unit of an activity KPI recorded for a day (each demo logged), paid to the person it is for. A
 * per-person limit and a total budget for everyone the plan pays may bound it. Events are paid in the
 * order they happened, everyone's together: each is paid in full while both limits last, the one that
 * reaches a limit is paid what is left of it, and those after it nothing. Each is paid in the statement
 * of the period holding its day.
 *
 * @param qualifier the pipeline's key for {@link Event#DEAL_WON} (null for any pipeline), the stage's key for {@link Event#STAGE},
 *                  the KPI's key for {@link Event#KPI}
 * @param perPerson the most one person earns from it, or null
 * @param budget    the most it pays everyone together, or null
 */
public record Spiff(String name, LocalDate from, LocalDate to, Event each, String qualifier, BigDecimal amount, BigDecimal perPerson,
        BigDecimal budget) {

    public static final String COMPONENT = "spiff";

    public enum Event {
        DEAL_WON, STAGE, KPI
    }

    /**
     * An event that may earn: whose, when (the day in their zone), its own id (the deal's, or the
     * measurement's), the deal it names (null for activity not logged from a deal), what it is called on
     * the statement, and how many units it holds (1 for a deal, the value for activity).
     */
    public record Occurrence(Long personId, Instant at, LocalDate day, Long id, Long dealId, String label, BigDecimal units) {

        /** A deal's event: one unit, named by the deal. */
        public Occurrence(Long personId, Instant at, LocalDate day, Long dealId, String dealName) {
            this(personId, at, day, dealId, dealId, dealName, BigDecimal.ONE);
        }
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
        ordered.sort(Comparator.comparing(Occurrence::at).thenComparing(Occurrence::personId).thenComparing(Occurrence::id));
        BigDecimal each = Money.round(amount, currency);
        BigDecimal spent = BigDecimal.ZERO;
        Map<Long, BigDecimal> earned = new HashMap<>();
        List<Paid> paid = new ArrayList<>();
        for (Occurrence o : ordered) {
            BigDecimal pays = Money.round(each.multiply(o.units()), currency);
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
        Occurrence o = paid.occurrence();
        String price = Money.format(Money.round(amount, currency), currency);
        String head;
        if (each == Event.KPI) {
            String units = o.units().stripTrailingZeros().toPlainString();
            head = name + " (SPIFF, " + price + " for each " + qualifier + " from " + from + " to " + to + "): " + units + " on " + o.day()
                    + (o.label() == null ? "" : " for " + o.label())
                    + (o.units().compareTo(BigDecimal.ONE) == 0 ? "" : " at " + price + " each");
        } else {
            String event = each == Event.DEAL_WON ? "won on " + o.day() : "entered " + qualifier + " on " + o.day();
            head = name + " (SPIFF, " + price + " for each deal " + (each == Event.DEAL_WON ? "won" + (qualifier == null ? "" : " in " + qualifier)
                    : "entering " + qualifier) + " from " + from + " to " + to + "): " + o.label() + ", " + event;
        }
        if (paid.limit() == null) {
            return new PlanLine(COMPONENT, head, paid.amount());
        }
        return new PlanLine(COMPONENT, head + (paid.amount().signum() == 0 ? ": nothing, " + paid.limit() + " was reached before it"
                : ": " + Money.format(paid.amount(), currency) + ", what was left of " + paid.limit()), paid.amount());
    }
}
