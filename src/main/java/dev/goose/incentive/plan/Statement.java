package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * One person's pay for one pay period, as the plan computes it: every line with its inputs and its
 * formula in words, each rounded by {@link Money#round}, and a total that is their sum.
 *
 * @param parts    the plan versions that applied, one part each, in order; two when a period
 *                 straddles a version's effective date
 * @param complete false when a line could not be credited (a deal in another currency, a deal with
 *                 no amount); the statement says which, and cannot be approved until it is
 * @param notes    what the statement leaves out and why (days before the plan applied)
 */
public record Statement(LocalDate start, LocalDate end, PayPeriod period, Currency currency, List<Part> parts, List<Line> lines,
        BigDecimal total, boolean complete, List<String> notes) {

    public Statement {
        parts = List.copyOf(parts);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** The same statement with one more line, added to the total. */
    public Statement plus(Line line) {
        List<Line> more = new java.util.ArrayList<>(lines);
        more.add(line);
        return new Statement(start, end, period, currency, parts, more, total.add(line.amount()), complete, notes);
    }

    /** The same statement with one more note. */
    public Statement noting(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Statement(start, end, period, currency, parts, lines, total, complete, more);
    }

    /** The days one version of the plan applied; {@code label} names it on the statement's lines. */
    public record Part(String label, int version, Plan plan, LocalDate from, LocalDate to) {
    }

    /**
     * @param part    the label of the part it belongs to
     * @param dealId  the deal it credits, or null
     * @param adjusts for an adjustment, the first day of the closed period whose line it corrects; else null
     */
    public record Line(String part, String component, String formula, BigDecimal amount, Long dealId, LocalDate adjusts) {

        public Line(String part, String component, String formula, BigDecimal amount, Long dealId) {
            this(part, component, formula, amount, dealId, null);
        }
    }
}
