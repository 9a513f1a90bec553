package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the pay pages and the API show: assignments, acceptances and statements, money already formatted beside the exact amount. */
public final class PayViews {

    private PayViews() {
    }

    /** A playbook whose current version holds a plan, which can be assigned. */
    public record PlanChoice(String slug, String title, int current) {
    }

    /** An option of a form's list: {@code value} as posted, {@code label} as shown. */
    public record Choice(String value, String label) {
    }

    /** Who is paid by which plan from when; {@code personId} or {@code teamId} is null. */
    public record Assignment(Long id, String plan, String planTitle, Long personId, String personName, Long teamId, String teamName,
            LocalDate startsOn, String assignedBy, Instant assignedAt) {
    }

    /** A version of a plan as one person signed it. */
    public record Acceptance(String plan, int version, String signedName, Instant acceptedAt, String acceptedShown) {
    }

    /** The plan version that applies to a person now, with their acceptance or null. */
    public record CurrentPlan(String plan, String planTitle, int version, Acceptance acceptance) {
    }

    /**
     * @param accepted the person's acceptance of this part's version, or null when they have not accepted it
     */
    public record Part(String label, String plan, String planTitle, int version, LocalDate from, LocalDate to, Acceptance accepted) {
    }

    /**
     * @param dealId  the deal the line credits, or null
     * @param kind    "base", "variable" or "adjustment", as payroll adds them up
     * @param adjusts for an adjustment to a closed period, that period's first day; else null
     */
    public record Line(String part, String component, String formula, BigDecimal amount, String amountShown, Long dealId, String kind,
            LocalDate adjusts) {

        public boolean adjustment() {
            return "adjustment".equals(kind);
        }
    }

    /**
     * Where a statement stands: "open" (not approved), "approved", "changed" (approved, then its lines
     * changed, so it waits for approval again) or "closed" (paid, never to change).
     */
    public record Review(String state, String approvedBy, String approvedShown, String closedShown) {

        public boolean approvable() {
            return "open".equals(state) || "changed".equals(state);
        }
    }

    /** One message of a dispute's exchange. */
    public record Message(String author, String body, String writtenShown) {
    }

    /** A rep's dispute of a line, with the whole exchange; {@code resolvedShown} is null while it is open. */
    public record Dispute(Long id, Long personId, String personName, String periodTitle, LocalDate period, String line, String amountShown,
            boolean open, List<Message> messages, String resolvedShown) {
    }

    /**
     * One person's statement for a pay period.
     *
     * @param complete false when a line could not be credited: the notes and lines say which
     * @param accepted true when the person accepted every version that pays in this period
     * @param title    the period in words, as "December 2026" or "Q4 2026"
     * @param previous a day of the period before, to step back to; {@code next} likewise
     * @param review   where it stands in approval; null in a kept document, where the state is kept beside it
     * @param disputes the person's disputes of this period's lines; null in a kept document
     */
    public record Statement(Long personId, String personName, String period, String title, LocalDate start, LocalDate end, String currency,
            List<Part> parts, List<Line> lines, BigDecimal total, String totalShown, boolean complete, boolean accepted,
            List<String> notes, LocalDate previous, LocalDate next, Review review, List<Dispute> disputes) {

        /** The same statement with the review and disputes of now. */
        public Statement with(Review review, List<Dispute> disputes) {
            return new Statement(personId, personName, period, title, start, end, currency, parts, lines, total, totalShown, complete,
                    accepted, notes, previous, next, review, disputes);
        }

        /** The same statement with more lines and their amounts added to the total. */
        public Statement withLines(List<Line> more, BigDecimal newTotal, String newTotalShown, String newCurrency) {
            List<Line> all = new java.util.ArrayList<>(lines);
            all.addAll(more);
            return new Statement(personId, personName, period, title, start, end, newCurrency, parts, all, newTotal, newTotalShown, complete,
                    accepted, notes, previous, next, review, disputes);
        }

        /** The statement of a closed period that kept nothing for the person: no lines, and the note saying so. */
        public Statement unpaid(String note) {
            return new Statement(personId, personName, period, title, start, end, currency, List.of(), List.of(), BigDecimal.ZERO, "", true,
                    false, List.of(note), previous, next, review, disputes);
        }

        /** What the lines of a kind ("base", "variable", "adjustment") add up to. */
        public BigDecimal sum(String kind) {
            return lines.stream().filter(l -> kind.equals(l.kind())).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Whether a plan paid the person in this period, or adjustments did. */
        public boolean pays() {
            return !parts.isEmpty() || !lines.isEmpty();
        }
    }

    /**
     * A team member's pay this period, for the manager's page.
     *
     * @param variableShown their variable pay this period (every line but base and adjustments)
     * @param targetShown   the variable pay their plan pays a period at 100% of every quota and target, or null
     */
    public record MemberPay(Long personId, String name, String planTitle, Integer version, boolean accepted, String totalShown,
            boolean complete, Review review, int openDisputes, String variableShown, String targetShown, Integer percentOfTarget) {
    }

    /**
     * Where a team stands today on a pool of its plan, for Team pay while the pool's period runs.
     *
     * @param standing the team's result against the target in words, with the attainment
     * @param percent  the attainment for the bar, held between 0 and 150; null with no growth to measure
     * @param next     what more reaches the next tier, in words; null at the top tier
     */
    public record PoolProgress(String pool, String team, String period, LocalDate start, LocalDate end, String standing, Integer percent,
            String poolShown, String next) {
    }

    /**
     * A pay period as an admin closes it.
     *
     * @param closable  true for the next period to close: periods close in order
     * @param approved  the statements of the period approved so far
     * @param disputes  the disputes of the period still open
     */
    public record Period(String kind, LocalDate start, LocalDate end, String title, boolean closed, String closedBy, String closedShown,
            boolean closable, long approved, long disputes) {
    }

    /**
     * Where a rep stands on their plan today and what would move them on.
     *
     * @param next  in words: the value that reaches the next band, the units that reach a bonus's next step
     * @param deals what closing each of their largest open deals today would add to this period's pay
     */
    public record Outlook(String plan, String attainmentShown, String creditedShown, String quotaShown, List<String> next, Curve curve,
            List<DealPay> deals) {
    }

    /** The payout curve as an SVG draws it: a point per attainment and the rep's own point; coordinates already computed. */
    public record Curve(int width, int height, String line, List<Dot> dots, Dot here, int axisY, int left, String title,
            String description) {
    }

    public record Dot(int x, int y, String label, String value) {
    }

    /** An open deal and what closing it today at its amount would add to this period's pay. */
    public record DealPay(Long dealId, String name, String amountShown, String paysShown) {
    }
}
