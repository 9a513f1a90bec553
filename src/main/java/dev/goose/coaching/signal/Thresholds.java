package dev.goose.coaching.signal;

/**
 * A team's thresholds for raising signals; {@link #DEFAULTS} until a manager sets them.
 *
 * @param firstShareOfPeriod    how much of a KPI period must have passed, in percent, before anyone is behind
 * @param conversionGapPoints   how many percentage points below the team's a rep's conversion out of a stage must be
 * @param conversionLastDeals   how many of the rep's latest deals out of the stage are counted
 * @param conversionMinDeals    the fewest deals behind a rate for it to be compared at all
 * @param unreadMajorDays       days a major playbook version may stay unacknowledged
 * @param oneOnOneDays          days without a 1:1 before the manager is told
 */
public record Thresholds(int firstShareOfPeriod, int conversionGapPoints, int conversionLastDeals, int conversionMinDeals,
        int unreadMajorDays, int oneOnOneDays) {

    public static final Thresholds DEFAULTS = new Thresholds(10, 15, 20, 8, 7, 14);

    public Thresholds {
        check(firstShareOfPeriod >= 0 && firstShareOfPeriod <= 100, "firstShareOfPeriod is a percent from 0 to 100");
        check(conversionGapPoints > 0 && conversionGapPoints <= 100, "conversionGapPoints is from 1 to 100");
        check(conversionLastDeals > 0, "conversionLastDeals is at least 1");
        check(conversionMinDeals > 0 && conversionMinDeals <= conversionLastDeals, "conversionMinDeals is from 1 to conversionLastDeals");
        check(unreadMajorDays >= 0, "unreadMajorDays is not negative");
        check(oneOnOneDays > 0, "oneOnOneDays is at least 1");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
