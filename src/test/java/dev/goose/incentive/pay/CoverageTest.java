package dev.goose.incentive.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.incentive.pay.Coverage.Assigned;
import dev.goose.incentive.pay.Coverage.Span;

/** Which plan pays on which days: a person's own assignment over their team's, a later start over an earlier one. */
@Tag("unit")
class CoverageTest {

    static final LocalDate DEC = LocalDate.of(2026, 12, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    static Assigned plan(long playbook, String from) {
        return new Assigned(playbook, LocalDate.parse(from));
    }

    @Test
    void theTeamsPlanPaysUntilThePersonsOwnStarts() {
        List<Span> spans = Coverage.of(List.of(plan(2, "2026-12-11")), List.of(plan(1, "2026-01-01")), DEC, END);
        assertThat(spans).containsExactly(new Span(1L, LocalDate.parse("2026-01-01"), DEC, LocalDate.parse("2026-12-10")),
                new Span(2L, LocalDate.parse("2026-12-11"), LocalDate.parse("2026-12-11"), END));
    }

    @Test
    void aPersonsOwnPlanWinsOverATeamPlanThatStartsLater() {
        List<Span> spans = Coverage.of(List.of(plan(2, "2026-06-01")), List.of(plan(1, "2026-12-15")), DEC, END);
        assertThat(spans).containsExactly(new Span(2L, LocalDate.parse("2026-06-01"), DEC, END));
    }

    @Test
    void daysBeforeAnyAssignmentAreInNoSpanAndNothingAssignedMeansNone() {
        assertThat(Coverage.of(List.of(), List.of(plan(1, "2026-12-20")), DEC, END))
                .containsExactly(new Span(1L, LocalDate.parse("2026-12-20"), LocalDate.parse("2026-12-20"), END));
        assertThat(Coverage.of(List.of(), List.of(), DEC, END)).isEmpty();
        assertThat(Coverage.of(List.of(plan(1, "2027-01-01")), List.of(), DEC, END)).isEmpty();
    }

    @Test
    void theSamePlanAssignedAgainOrMovedFromTheTeamToThePersonCarriesOnFromItsFirstStart() {
        Span whole = new Span(1L, LocalDate.parse("2026-01-01"), DEC, END);
        assertThat(Coverage.of(List.of(plan(1, "2026-01-01"), plan(1, "2026-12-16")), List.of(), DEC, END)).containsExactly(whole);
        assertThat(Coverage.of(List.of(plan(1, "2026-12-16")), List.of(plan(1, "2026-01-01")), DEC, END)).containsExactly(whole);
    }
}
