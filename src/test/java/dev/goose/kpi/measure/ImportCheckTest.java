package dev.goose.kpi.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.kpi.Source;
import dev.goose.kpi.Unit;
import dev.goose.kpi.measure.ImportCheck.KpiRef;
import dev.goose.kpi.measure.ImportCheck.Outcome;
import dev.goose.kpi.measure.ImportCheck.PersonRef;
import dev.goose.kpi.measure.ImportCheck.Plan;
import dev.goose.kpi.measure.ImportCheck.Stored;

@Tag("unit")
class ImportCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final PersonRef ANN = new PersonRef(1L, "ann@x.io", TODAY);
    static final KpiRef CALLS = new KpiRef(10L, "calls", "Calls", Unit.COUNT, Source.LOGGED, true);
    static final KpiRef REVENUE = new KpiRef(11L, "revenue-won", "Revenue won", Unit.CURRENCY, Source.DERIVED, true);
    static final KpiRef OLD = new KpiRef(12L, "faxes", "Faxes", Unit.COUNT, Source.IMPORTED, false);
    static final KpiRef NPS = new KpiRef(13L, "nps", "NPS", Unit.PERCENT, Source.IMPORTED, true);

    /** Ann may be imported for; Bob exists but is out of the importer's sight, so he is not found either. */
    static final ImportCheck.Directory DIRECTORY = new ImportCheck.Directory() {
        @Override
        public Optional<PersonRef> person(String emailOrId) {
            return emailOrId.equals("ann@x.io") || emailOrId.equals("1") ? Optional.of(ANN) : Optional.empty();
        }

        @Override
        public Optional<KpiRef> kpi(String key) {
            return Optional.ofNullable(Map.of("calls", CALLS, "revenue-won", REVENUE, "faxes", OLD, "nps", NPS).get(key));
        }

        @Override
        public Optional<Stored> stored(String externalId) {
            return Optional.ofNullable(Map.of(
                    "S-1", new Stored(100L, 1L, 10L, LocalDate.of(2026, 3, 2), new BigDecimal("3.0000")),
                    "S-2", new Stored(101L, 2L, 10L, LocalDate.of(2026, 3, 2), BigDecimal.ONE)).get(externalId));
        }
    };

    private static InputRow row(int row, String person, String kpi, String date, String value, String externalId) {
        return new InputRow(row, person, kpi, date, value, externalId, null);
    }

    private static Plan check(InputRow... rows) {
        return ImportCheck.check(List.of(rows), DIRECTORY);
    }

    @Test
    void goodRowsSayWhetherTheyAddCorrectOrLeaveAnEntryAlone() {
        Plan plan = check(row(2, "ann@x.io", "calls", "2026-03-09", "4", "N-1"),
                row(3, "ann@x.io", "calls", "2026-03-02", "3", "S-1"),
                row(4, "1", "calls", "2026-03-02", "5", "S-1b"),
                row(5, "ann@x.io", "nps", "2026-03-10", "42.5", "N-2"));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).extracting(ImportCheck.Checked::outcome)
                .containsExactly(Outcome.NEW, Outcome.UNCHANGED, Outcome.NEW, Outcome.NEW);
        Plan update = check(row(2, "ann@x.io", "calls", "2026-03-02", "4", "S-1"));
        assertThat(update.rows()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.UPDATE);
            assertThat(r.stored().id()).isEqualTo(100L);
        });
    }

    @Test
    void anUnknownPersonAndOneOutOfSightGetTheSameAnswer() {
        assertThat(check(row(2, "nobody@x.io", "calls", "2026-03-02", "1", "A"), row(3, "bob@x.io", "calls", "2026-03-02", "1", "B"),
                row(4, null, "calls", "2026-03-02", "1", "C")).problems())
                .containsExactly(new RowProblem(2, "person", "There is no person 'nobody@x.io' whose numbers you may import."),
                        new RowProblem(3, "person", "There is no person 'bob@x.io' whose numbers you may import."),
                        new RowProblem(4, "person", "Name the person by their email."));
    }

    @Test
    void anUnknownInactiveOrDerivedKpiIsRefused() {
        assertThat(check(row(2, "ann@x.io", "emails", "2026-03-02", "1", "A"), row(3, "ann@x.io", "faxes", "2026-03-02", "1", "B"),
                row(4, "ann@x.io", "revenue-won", "2026-03-02", "1", "C"), row(5, "ann@x.io", null, "2026-03-02", "1", "D")).problems())
                .containsExactly(new RowProblem(2, "kpi", "There is no KPI with the key 'emails'."),
                        new RowProblem(3, "kpi", "The KPI 'Faxes' is no longer in use."),
                        new RowProblem(4, "kpi", "'Revenue won' is computed from deals, not imported."),
                        new RowProblem(5, "kpi", "Name the KPI by its key, such as calls."));
    }

    @Test
    void aBadMissingOrFutureDateIsRefused() {
        assertThat(check(row(2, "ann@x.io", "calls", "02/03/2026", "1", "A"), row(3, "ann@x.io", "calls", "2026-02-30", "1", "B"),
                row(4, "ann@x.io", "calls", null, "1", "C"), row(5, "ann@x.io", "calls", "2026-03-11", "1", "D")).problems())
                .containsExactly(new RowProblem(2, "date", "'02/03/2026' is not a date like 2026-03-31."),
                        new RowProblem(3, "date", "'2026-02-30' is not a date like 2026-03-31."),
                        new RowProblem(4, "date", "Give the day, like 2026-03-31."),
                        new RowProblem(5, "date", "The date 2026-03-11 is in the future; today is 2026-03-10."));
    }

    @Test
    void theValueIsCheckedForTheKpisUnit() {
        assertThat(check(row(4, "ann@x.io", "calls", "2026-03-02", "-1", "A"), row(5, "ann@x.io", "calls", "2026-03-02", "1.5", "B"),
                row(6, "ann@x.io", "calls", "2026-03-02", "three", "C"), row(7, "ann@x.io", "nps", "2026-03-02", "101", "D"),
                row(8, "ann@x.io", "calls", "2026-03-02", null, "E"), row(9, "ann@x.io", "nps", "2026-03-02", "1.23456", "F")).problems())
                .containsExactly(new RowProblem(4, "value", "A count cannot be negative."),
                        new RowProblem(5, "value", "A count is a whole number."),
                        new RowProblem(6, "value", "'three' is not a number like 12 or 1250.50."),
                        new RowProblem(7, "value", "A percent is from 0 to 100."),
                        new RowProblem(8, "value", "A value is required."),
                        new RowProblem(9, "value", "Use at most 4 decimals."));
    }

    @Test
    void everyRowNeedsItsOwnExternalId() {
        assertThat(check(row(2, "ann@x.io", "calls", "2026-03-02", "1", null), row(3, "ann@x.io", "calls", "2026-03-02", "1", "A"),
                row(4, "ann@x.io", "calls", "2026-03-03", "2", "A"), row(5, "ann@x.io", "calls", "2026-03-03", "2", "x".repeat(201))).problems())
                .containsExactly(new RowProblem(2, "external_id", "Give each row an external id, so that importing it again changes nothing."),
                        new RowProblem(4, "external_id", "An earlier row has the same external id 'A'; each id names one entry."),
                        new RowProblem(5, "external_id", "Use at most 200 characters."));
    }

    @Test
    void aStoredIdCannotMoveToAnotherPersonKpiOrDay() {
        assertThat(check(row(2, "ann@x.io", "calls", "2026-03-03", "3", "S-1"), row(3, "ann@x.io", "nps", "2026-03-02", "3", "S-1x"),
                row(4, "ann@x.io", "calls", "2026-03-02", "1", "S-2")).problems())
                .extracting(RowProblem::row, RowProblem::column).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "external_id"), org.assertj.core.groups.Tuple.tuple(4, "external_id"));
    }

    @Test
    void aRowWithSeveralProblemsReportsThemAllAndANoteMayNotRunOn() {
        InputRow long_note = new InputRow(2, "ann@x.io", "calls", "2026-03-02", "1", "A", "n".repeat(501));
        assertThat(ImportCheck.check(List.of(long_note), DIRECTORY).problems())
                .containsExactly(new RowProblem(2, "note", "Use at most 500 characters."));
        assertThat(check(row(3, "nobody@x.io", "emails", "yesterday", "-1", null)).problems())
                .extracting(RowProblem::column).containsExactly("person", "kpi", "date", "external_id");
    }
}
