package dev.goose.coaching.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import dev.goose.coaching.signal.Signal.Kind;

/**
 * The rules that raise coaching signals, one method each, from facts the owning features report. A
 * rule says nothing on thin evidence: early in a period, for less than a whole unit, or for a rate
 * behind too few deals.
 */
public final class SignalRules {

    private SignalRules() {
    }

    /** A count KPI where more is better, as it stands for the person today, with its ramped target. */
    public record KpiFact(Long personId, String kpiKey, String kpiName, BigDecimal actual, BigDecimal expectedByToday, BigDecimal target,
            int dayOfPeriod, int daysInPeriod, String evidence, String help) {
    }

    /**
     * Behind pace when the shortfall against what the ramped target expects by today is at least one
     * whole unit and the period's first share (10% by default) has passed: nobody is behind on day 1,
     * or for half a call.
     */
    public static Optional<Signal> behindPace(KpiFact f, Thresholds t) {
        BigDecimal shortfall = f.expectedByToday().subtract(f.actual());
        boolean early = f.dayOfPeriod() * 100 < t.firstShareOfPeriod() * f.daysInPeriod();
        if (early || shortfall.compareTo(BigDecimal.ONE) < 0) {
            return Optional.empty();
        }
        BigDecimal expected = f.expectedByToday().setScale(0, RoundingMode.HALF_UP);
        BigDecimal actual = f.actual().stripTrailingZeros();
        BigDecimal missing = shortfall.setScale(0, RoundingMode.DOWN);
        String words = "Behind pace on " + f.kpiName() + ": " + plain(actual) + " of " + plain(expected) + " expected by today (target "
                + plain(f.target().setScale(0, RoundingMode.HALF_UP)) + " this period), " + plain(missing) + " short.";
        int urgency = f.expectedByToday().signum() == 0 ? 50
                : shortfall.multiply(BigDecimal.valueOf(100)).divide(f.expectedByToday(), 0, RoundingMode.HALF_UP).intValue();
        return Optional.of(new Signal(Kind.BEHIND_PACE, f.personId(), "kpi:" + f.kpiKey(), urgency, words,
                plain(actual) + "/" + plain(expected), f.evidence(), f.help()));
    }

    /** An open deal and how long it has sat in its stage; {@code stallDays} is the stage's limit, null for none. */
    public record StageStay(Long personId, Long dealId, String dealName, String stageName, int daysInStage, Integer stallDays,
            String evidence, String help) {
    }

    /**
     * A deal that has reached its stage's limit, as its deal page marks it stalled: the further past, the
     * more urgent (twice the limit is the most).
     */
    public static Optional<Signal> stalled(StageStay s) {
        if (s.stallDays() == null || s.daysInStage() < s.stallDays()) {
            return Optional.empty();
        }
        int over = s.daysInStage() - s.stallDays();
        int urgency = 50 + Math.min(50, over * 50 / Math.max(1, s.stallDays()));
        return Optional.of(new Signal(Kind.STALLED_DEAL, s.personId(), "deal:" + s.dealId(), urgency,
                s.dealName() + " has been in " + s.stageName() + " for " + days(s.daysInStage()) + "; the stage's limit is "
                        + days(s.stallDays()) + ".", s.stageName() + "/" + s.daysInStage(), s.evidence(), s.help()));
    }

    /** A deal's move out of a stage, with the exit checklist items of that stage still open then. */
    public record Move(Long personId, Long dealId, String dealName, String fromStage, String toStage, List<String> openItems,
            String evidence, String help) {
    }

    public static Optional<Signal> movedWithOpenItems(Move m) {
        if (m.openItems().isEmpty()) {
            return Optional.empty();
        }
        int n = m.openItems().size();
        return Optional.of(new Signal(Kind.MOVED_WITH_OPEN_ITEMS, m.personId(), "deal:" + m.dealId() + ":" + m.fromStage(), 40 + Math.min(40, 10 * n),
                m.dealName() + " moved from " + m.fromStage() + " to " + m.toStage() + " with " + n + (n == 1 ? " exit checklist item" : " exit checklist items")
                        + " open: " + String.join(", ", m.openItems()) + ".", m.toStage() + "/" + n, m.evidence(), m.help()));
    }

    /**
     * A rep's and their team's deals out of a stage (over the rep's latest deals, at most the threshold's
     * number): how many went on to the next stage of those that left it, won, lost or moved on.
     */
    public record Conversion(Long personId, String stageKey, String stageName, int repOn, int repLeft, int teamOn, int teamLeft, String help) {
    }

    /**
     * A rep converting out of a stage below the team by the threshold or more, when both rates stand
     * on at least the minimum of deals; with fewer there is too little to tell, and no signal.
     */
    public static Optional<Signal> conversionGap(Conversion c, Thresholds t) {
        if (c.repLeft() < t.conversionMinDeals() || c.teamLeft() < t.conversionMinDeals()) {
            return Optional.empty();
        }
        BigDecimal rep = percent(c.repOn(), c.repLeft());
        BigDecimal team = percent(c.teamOn(), c.teamLeft());
        BigDecimal gap = team.subtract(rep);
        if (gap.compareTo(BigDecimal.valueOf(t.conversionGapPoints())) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Kind.CONVERSION_GAP, c.personId(), "stage:" + c.stageKey(), Math.min(100, 30 + gap.intValue()),
                "Conversion out of " + c.stageName() + ": " + c.repOn() + " of " + c.repLeft() + " deals (" + plain(rep) + "%) against the team's "
                        + plain(team) + "% (" + c.teamOn() + " of " + c.teamLeft() + "), " + plain(gap) + " points lower.",
                c.repOn() + "/" + c.repLeft() + "/" + c.teamOn() + "/" + c.teamLeft(), null, c.help()));
    }

    /** Onboarding items past their due date for the person, and how late the oldest is. */
    public static Optional<Signal> onboardingOverdue(Long personId, int items, int oldestDaysLate, String evidence, String help) {
        if (items <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Kind.ONBOARDING_OVERDUE, personId, "onboarding", Math.min(90, 40 + 10 * items + oldestDaysLate),
                items + (items == 1 ? " onboarding item is" : " onboarding items are") + " overdue, the oldest by " + days(oldestDaysLate) + ".",
                items + "/" + oldestDaysLate, evidence, help));
    }

    /** A major playbook version the person has not acknowledged, and how long ago it was published; reading it is what helps. */
    public static Optional<Signal> majorVersionUnread(Long personId, String playbook, int version, int daysSincePublished, Thresholds t,
            String evidence) {
        if (daysSincePublished <= t.unreadMajorDays()) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Kind.MAJOR_VERSION_UNREAD, personId, "playbook:" + playbook + "@" + version,
                Math.min(80, 30 + daysSincePublished - t.unreadMajorDays()), "Has not acknowledged " + playbook + ", version " + version
                        + " (a major version), " + days(daysSincePublished) + " after it was published.", String.valueOf(version), evidence, evidence));
    }

    /** Days since the person's last 1:1, or null when they never had one: a signal for their manager. */
    public static Optional<Signal> noOneOnOne(Long personId, String name, Integer daysSinceLast, Thresholds t) {
        if (daysSinceLast != null && daysSinceLast <= t.oneOnOneDays()) {
            return Optional.empty();
        }
        String words = daysSinceLast == null ? "No 1:1 with " + name + " yet." : "No 1:1 with " + name + " in " + days(daysSinceLast) + ".";
        int urgency = daysSinceLast == null ? 60 : Math.min(90, 40 + daysSinceLast - t.oneOnOneDays());
        return Optional.of(new Signal(Kind.NO_ONE_ON_ONE, personId, "one-on-one", urgency, words,
                daysSinceLast == null ? "never" : String.valueOf(daysSinceLast), null, null));
    }

    /** Action items the person owns that are past their due date. */
    public static Optional<Signal> actionItemsOverdue(Long personId, int items, int oldestDaysLate, String evidence) {
        if (items <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Kind.ACTION_ITEMS_OVERDUE, personId, "action-items", Math.min(85, 35 + 10 * items + oldestDaysLate),
                items + (items == 1 ? " action item is" : " action items are") + " overdue, the oldest by " + days(oldestDaysLate) + ".",
                items + "/" + oldestDaysLate, evidence, null));
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
