package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Team pools by tier of team attainment, and splits (even, by credited value, by days in the team) whose parts add up to the pool to the cent. */
@Tag("unit")
class TeamPoolTest {

    static final Currency EUR = Currency.getInstance("EUR");

    static TeamPool pool(TeamPool.Measure measure, String target, TeamPool.Split split) {
        return new TeamPool("Team pool", measure, new BigDecimal(target), PayPeriod.QUARTER,
                List.of(new TeamPool.Step(new BigDecimal("90"), new BigDecimal("5000")), new TeamPool.Step(new BigDecimal("100"),
                        new BigDecimal("10000")), new TeamPool.Step(new BigDecimal("120"), new BigDecimal("15000"))), split);
    }

    static TeamPool.Member member(long id, String credited, int deals) {
        return new TeamPool.Member(id, "Rep " + id, new BigDecimal(credited), deals);
    }

    @Test
    void anEvenSplitGivesTheCentLeftOverToTheFirstMembers() {
        Map<Long, BigDecimal> shares = TeamPool.split(new BigDecimal("10000.00"), List.of(member(1, "0", 0), member(2, "0", 0),
                member(3, "0", 0)), TeamPool.Split.EVEN, EUR);
        assertThat(shares.values()).extracting(BigDecimal::toPlainString).containsExactly("3333.34", "3333.33", "3333.33");
    }

    @Test
    void aSplitByCreditedValueGivesTheCentsLeftOverToTheLargestRemaindersAndAddsUpToThePool() {
        // 1,000 × 100/700 = 142.857…, × 200/700 = 285.714…, × 400/700 = 571.428…: 999.98 rounded down, 2 cents left
        Map<Long, BigDecimal> shares = TeamPool.split(new BigDecimal("1000.00"), List.of(member(1, "100", 1), member(2, "200", 1),
                member(3, "400", 1)), TeamPool.Split.CREDITED, EUR);
        assertThat(shares.values()).extracting(BigDecimal::toPlainString).containsExactly("142.86", "285.71", "571.43");
        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000.00");
    }

    @Test
    void thePoolIsTheHighestTierTheTeamReachesAndEachMemberIsPaidTheirShare() {
        List<TeamPool.Member> team = List.of(member(1, "250000", 3), member(2, "200000", 2), member(3, "150000", 2), member(4, "50000", 1));
        PlanLine line = pool(TeamPool.Measure.REVENUE, "600000", TeamPool.Split.EVEN).line(2L, team, EUR).orElseThrow();
        assertThat(line.formula()).isEqualTo("Team pool: the team won €650,000.00 of its €600,000.00 target (108.3%) reaches the 100% tier: "
                + "a €10,000.00 pool, split evenly among 4 members");
        assertThat(line.amount()).isEqualByComparingTo("2500.00");
        PlanLine byCredit = pool(TeamPool.Measure.REVENUE, "600000", TeamPool.Split.CREDITED).line(4L, team, EUR).orElseThrow();
        // 10,000 × 50,000/650,000 = 769.2307…
        assertThat(byCredit.amount()).isEqualByComparingTo("769.23");
        assertThat(byCredit.formula()).endsWith("split by credited value among 4 members, €50,000.00 of it yours");
    }

    static TeamPool.Member onTeamFor(long id, String credited, int days) {
        return new TeamPool.Member(id, "Rep " + id, new BigDecimal(credited), 1, BigDecimal.ZERO, days);
    }

    @Test
    void aSplitByDaysInTheTeamWeighsEachMemberByTheirDaysAndAddsUpToThePool() {
        // 10,000 × 92/139 = 6,618.705…, × 46/139 = 3,309.352…, × 1/139 = 71.942…: 9,999.99 rounded down,
        // and the cent left goes to the largest remainder, 0.005… of the first
        Map<Long, BigDecimal> shares = TeamPool.split(new BigDecimal("10000.00"), List.of(onTeamFor(1, "0", 92), onTeamFor(2, "0", 46),
                onTeamFor(3, "0", 1)), TeamPool.Split.DAYS, EUR);
        assertThat(shares.values()).extracting(BigDecimal::toPlainString).containsExactly("6618.71", "3309.35", "71.94");
        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("10000.00");
    }

    @Test
    void aMemberWithNoDayOnTheTeamGetsNothingAndWithNoDaysAtAllThePoolIsSplitEvenly() {
        // 1,000 × 30/91 = 329.670…, × 61/91 = 670.329…: the cent left goes to the larger remainder, 0.0097 of the second
        Map<Long, BigDecimal> shares = TeamPool.split(new BigDecimal("1000.00"), List.of(onTeamFor(1, "500000", 30), onTeamFor(2, "0", 61),
                onTeamFor(3, "90000", 0)), TeamPool.Split.DAYS, EUR);
        assertThat(shares.values()).extracting(BigDecimal::toPlainString).containsExactly("329.67", "670.33", "0.00");
        Map<Long, BigDecimal> nobody = TeamPool.split(new BigDecimal("100.00"), List.of(onTeamFor(1, "0", 0), onTeamFor(2, "0", 0),
                onTeamFor(3, "0", 0)), TeamPool.Split.DAYS, EUR);
        assertThat(nobody.values()).extracting(BigDecimal::toPlainString).containsExactly("33.34", "33.33", "33.33");
        assertThat(new TeamPool.Member(1L, "Rep 1", BigDecimal.ONE, 1).days()).as("a member read without days has none").isZero();
    }

    @Test
    void theLineOfASplitByDaysSaysTheMembersDaysAgainstAllOfTheirs() {
        List<TeamPool.Member> team = List.of(onTeamFor(1, "250000", 92), onTeamFor(2, "200000", 46), onTeamFor(3, "150000", 1));
        TeamPool byDays = pool(TeamPool.Measure.REVENUE, "600000", TeamPool.Split.DAYS);
        PlanLine line = byDays.line(2L, team, EUR).orElseThrow();
        assertThat(line.formula()).isEqualTo("Team pool: the team won €600,000.00 of its €600,000.00 target (100%) reaches the 100% tier:"
                + " a €10,000.00 pool, split by days in the team among 3 members, 46 of their 139 days yours");
        assertThat(line.amount()).isEqualByComparingTo("3309.35");
        assertThat(byDays.line(3L, team, EUR).orElseThrow().formula()).endsWith("1 of their 139 days yours");
        PlanLine nobody = byDays.line(1L, List.of(onTeamFor(1, "600000", 0), onTeamFor(2, "0", 0)), EUR).orElseThrow();
        assertThat(nobody.formula()).endsWith("split evenly among 2 members, as none of them was on the team on any day of the period");
        assertThat(nobody.amount()).isEqualByComparingTo("5000.00");
    }

    static TeamPool.Member withMargin(long id, String credited, String margin) {
        return new TeamPool.Member(id, "Rep " + id, new BigDecimal(credited), 1, new BigDecimal(margin));
    }

    @Test
    void aPoolOnGrossMarginCountsTheMarginTheMembersWereCredited() {
        List<TeamPool.Member> team = List.of(withMargin(1, "300000", "90000.40"), withMargin(2, "100000", "20000.10"));
        PlanLine line = pool(TeamPool.Measure.MARGIN, "100000", TeamPool.Split.EVEN).line(1L, team, EUR).orElseThrow();
        assertThat(line.formula()).isEqualTo("Team pool: the team won €110,000.50 of gross margin of its €100,000.00 target (110%)"
                + " reaches the 100% tier: a €10,000.00 pool, split evenly among 2 members");
        assertThat(line.amount()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aGrowthPoolComparesWithTheSamePeriodAYearBeforeAgainstATargetGrowth() {
        TeamPool grow = new TeamPool("Growth pool", TeamPool.Measure.REVENUE, new BigDecimal("10"), PayPeriod.QUARTER,
                List.of(new TeamPool.Step(new BigDecimal("100"), new BigDecimal("3000"))), TeamPool.Split.EVEN, TeamPool.Against.YEAR_BEFORE);
        List<TeamPool.Member> now = List.of(member(1, "70000", 2), member(2, "62000", 1));
        List<TeamPool.Member> yearBefore = List.of(member(1, "80000", 2), member(2, "40000", 1));
        // 132,000 against 120,000 is 10.0% growth, 100.0% of the 10% target: the €3,000.00 pool, €1,500.00 each.
        PlanLine line = grow.line(2L, now, yearBefore, EUR).orElseThrow();
        assertThat(line.formula()).isEqualTo("Growth pool: the team won €132,000.00 against €120,000.00 in the same quarter a year before:"
                + " 10% growth of its 10% target (100%) reaches the 100% tier: a €3,000.00 pool, split evenly among 2 members");
        assertThat(line.amount()).isEqualByComparingTo("1500.00");
        // 100,000 against 120,000 is -16.7% (rounded to one decimal first), so -167% of the target.
        PlanLine shrink = grow.line(2L, List.of(member(1, "60000", 1), member(2, "40000", 1)), yearBefore, EUR).orElseThrow();
        assertThat(shrink.formula()).contains("-16.7% growth of its 10% target (-167%)").endsWith("so there is no pool");
        assertThat(shrink.amount()).isEqualByComparingTo("0.00");
        PlanLine nothingBefore = grow.line(2L, now, List.of(member(1, "0", 0)), EUR).orElseThrow();
        assertThat(nothingBefore.formula()).isEqualTo("Growth pool: the team won €132,000.00, and won €0.00 in the same quarter a year"
                + " before, so there is no growth to measure and no pool");
    }

    @Test
    void belowTheFirstTierThereIsNoPoolAndAPersonOffTheTeamGetsNoLine() {
        List<TeamPool.Member> team = List.of(member(1, "0", 3), member(2, "0", 4));
        PlanLine line = pool(TeamPool.Measure.DEALS, "10", TeamPool.Split.EVEN).line(1L, team, EUR).orElseThrow();
        assertThat(line.formula()).isEqualTo("Team pool: the team won 7 deals of its 10 target (70%), below the first tier at 90%, so there is "
                + "no pool");
        assertThat(line.amount()).isEqualByComparingTo("0.00");
        assertThat(pool(TeamPool.Measure.DEALS, "10", TeamPool.Split.EVEN).line(9L, team, EUR)).isEmpty();
    }

    @Test
    void progressSaysWhatThePoolIsNowAndWhatMoreReachesTheNextTier() {
        TeamPool revenue = pool(TeamPool.Measure.REVENUE, "600000", TeamPool.Split.EVEN);
        // 550,000.01 of 600,000 is 91.7%: the 90% tier's 5,000 now; 100% is at 600,000.00, 49,999.99 more
        TeamPool.Progress now = revenue.progress(List.of(member(1, "300000.01", 2), member(2, "250000", 1)), List.of(), EUR);
        assertThat(now.standing()).isEqualTo("the team won €550,000.01 of its €600,000.00 target (91.7%)");
        assertThat(now.pool()).isEqualByComparingTo("5000.00");
        assertThat(now.next()).isEqualTo("€49,999.99 more won reaches the 100% tier: a €10,000.00 pool");
        TeamPool.Progress top = revenue.progress(List.of(member(1, "720000", 2)), List.of(), EUR);
        assertThat(top.pool()).isEqualByComparingTo("15000.00");
        assertThat(top.next()).as("at the top tier nothing more is offered").isNull();
        // 7 of 10 deals is 70%: 90% is at 9 deals, 2 more; one deal short says "1 more deal"
        assertThat(pool(TeamPool.Measure.DEALS, "10", TeamPool.Split.EVEN).progress(List.of(member(1, "0", 7)), List.of(), EUR).next())
                .isEqualTo("2 more deals won reaches the 90% tier: a €5,000.00 pool");
        assertThat(pool(TeamPool.Measure.DEALS, "10", TeamPool.Split.EVEN).progress(List.of(member(1, "0", 8)), List.of(), EUR).next())
                .isEqualTo("1 more deal won reaches the 90% tier: a €5,000.00 pool");
    }

    @Test
    void growthProgressNamesTheResultThatReachesTheNextTierAgainstTheYearBefore() {
        TeamPool grow = new TeamPool("Growth pool", TeamPool.Measure.REVENUE, new BigDecimal("10"), PayPeriod.QUARTER,
                List.of(new TeamPool.Step(new BigDecimal("100"), new BigDecimal("3000"))), TeamPool.Split.EVEN, TeamPool.Against.YEAR_BEFORE);
        List<TeamPool.Member> yearBefore = List.of(member(1, "80000", 2), member(2, "40000.01", 1));
        // 10% more than 120,000.01 is 132,000.011, so 132,000.02 is needed: 12,000.02 more than 120,000.00
        TeamPool.Progress progress = grow.progress(List.of(member(1, "120000", 2)), yearBefore, EUR);
        assertThat(progress.standing()).isEqualTo("the team won €120,000.00 against €120,000.01 in the same quarter a year before:"
                + " 0% growth of its 10% target (0%)");
        assertThat(progress.next()).isEqualTo("€12,000.02 more won reaches the 100% tier: a €3,000.00 pool");
        TeamPool.Progress nothingBefore = grow.progress(List.of(member(1, "5", 1)), List.of(member(1, "0", 0)), EUR);
        assertThat(nothingBefore.attainment()).isNull();
        assertThat(nothingBefore.next()).isNull();
        assertThat(nothingBefore.standing()).endsWith("so there is no growth to measure");
    }
}
