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

    /** @param dealId the deal the line credits, or null */
    public record Line(String part, String component, String formula, BigDecimal amount, String amountShown, Long dealId) {
    }

    /**
     * One person's statement for a pay period.
     *
     * @param complete false when a line could not be credited: the notes and lines say which
     * @param accepted true when the person accepted every version that pays in this period
     * @param title    the period in words, as "December 2026" or "Q4 2026"
     * @param previous a day of the period before, to step back to; {@code next} likewise
     */
    public record Statement(Long personId, String personName, String period, String title, LocalDate start, LocalDate end, String currency,
            List<Part> parts, List<Line> lines, BigDecimal total, String totalShown, boolean complete, boolean accepted,
            List<String> notes, LocalDate previous, LocalDate next) {
    }

    /** A team member's pay this period, for the manager's page. */
    public record MemberPay(Long personId, String name, String planTitle, Integer version, boolean accepted, String totalShown,
            boolean complete) {
    }
}
