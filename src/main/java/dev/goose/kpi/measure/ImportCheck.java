package dev.goose.kpi.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.goose.kpi.Source;
import dev.goose.kpi.Unit;
import dev.goose.time.Dates;

/**
 * Checks every row of an import before anything is written, and says what each good row would do:
 * add a measurement, correct a stored one (same external id, new value), or nothing. Plain Java:
 * what it needs from the database comes through a {@link Directory}.
 */
final class ImportCheck {

    static final int MAX_EXTERNAL_ID = 200;

    private ImportCheck() {
    }

    /** What the check looks up. A person the importer may not record numbers for is not found. */
    public interface Directory {
        Optional<PersonRef> person(String emailOrId);

        Optional<KpiRef> kpi(String key);

        Optional<Stored> stored(String externalId);
    }

    /** A person the importer may record for, with today in their team's zone. */
    public record PersonRef(Long id, String email, LocalDate today) {
    }

    public record KpiRef(Long id, String key, String name, Unit unit, Source source, boolean active) {
    }

    /** A measurement already stored under an external id. */
    public record Stored(Long id, Long personId, Long kpiId, LocalDate date, BigDecimal value) {
    }

    public enum Outcome {
        NEW, UPDATE, UNCHANGED
    }

    /** A row that passed, with what it would do. {@code stored} is set for an update or no change. */
    public record Checked(InputRow input, PersonRef person, KpiRef kpi, LocalDate date, BigDecimal value, String externalId,
            String note, Stored stored, Outcome outcome) {
    }

    /** The rows that passed and the problems of those that did not; nothing is written unless there are none. */
    public record Plan(List<Checked> rows, List<RowProblem> problems) {
        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    public static Plan check(List<InputRow> rows, Directory directory) {
        List<Checked> checked = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        for (InputRow row : rows) {
            int before = problems.size();
            Checked result = row(row, directory, seenIds, problems);
            if (problems.size() == before) {
                checked.add(result);
            }
        }
        return new Plan(List.copyOf(checked), List.copyOf(problems));
    }

    private static Checked row(InputRow row, Directory directory, Set<String> seenIds, List<RowProblem> problems) {
        Problems p = new Problems(row.row(), problems);
        PersonRef person = person(row.person(), directory, p);
        KpiRef kpi = kpi(row.kpi(), directory, p);
        LocalDate date = date(row.date(), person, p);
        BigDecimal value = value(row.value(), kpi, p);
        String externalId = row.externalId();
        if (externalId == null) {
            p.add(MeasurementCsv.EXTERNAL_ID, "Give each row an external id, so that importing it again changes nothing.");
        } else if (externalId.length() > MAX_EXTERNAL_ID) {
            p.add(MeasurementCsv.EXTERNAL_ID, "Use at most " + MAX_EXTERNAL_ID + " characters.");
        } else {
            if (!seenIds.add(externalId)) {
                p.add(MeasurementCsv.EXTERNAL_ID, "An earlier row has the same external id '" + externalId
                        + "'; each id names one entry.");
            }
        }
        if (row.note() != null && row.note().length() > MeasurementRules.MAX_NOTE) {
            p.add(MeasurementCsv.NOTE, "Use at most " + MeasurementRules.MAX_NOTE + " characters.");
        }
        if (p.any()) {
            return null;
        }
        Stored stored = directory.stored(externalId).orElse(null);
        if (stored == null) {
            return new Checked(row, person, kpi, date, value, externalId, row.note(), null, Outcome.NEW);
        }
        if (!stored.personId().equals(person.id()) || !stored.kpiId().equals(kpi.id()) || !stored.date().equals(date)) {
            p.add(MeasurementCsv.EXTERNAL_ID, "The external id '" + externalId + "' is already stored for another person,"
                    + " KPI or date; import a correction with the same person, KPI and date, or use a new id.");
            return null;
        }
        Outcome outcome = stored.value().compareTo(value) == 0 ? Outcome.UNCHANGED : Outcome.UPDATE;
        return new Checked(row, person, kpi, date, value, externalId, row.note(), stored, outcome);
    }

    private static PersonRef person(String person, Directory directory, Problems p) {
        if (person == null) {
            p.add(MeasurementCsv.PERSON, "Name the person by their email.");
            return null;
        }
        Optional<PersonRef> found = directory.person(person);
        if (found.isEmpty()) {
            p.add(MeasurementCsv.PERSON, "There is no person '" + person + "' whose numbers you may import.");
        }
        return found.orElse(null);
    }

    private static KpiRef kpi(String key, Directory directory, Problems p) {
        if (key == null) {
            p.add(MeasurementCsv.KPI, "Name the KPI by its key, such as calls.");
            return null;
        }
        KpiRef kpi = directory.kpi(key).orElse(null);
        if (kpi == null) {
            p.add(MeasurementCsv.KPI, "There is no KPI with the key '" + key + "'.");
        } else if (!kpi.active()) {
            p.add(MeasurementCsv.KPI, "The KPI '" + kpi.name() + "' is no longer in use.");
        } else if (!kpi.source().takesMeasurements()) {
            p.add(MeasurementCsv.KPI, "'" + kpi.name() + "' is computed from deals, not imported.");
        } else {
            return kpi;
        }
        return null;
    }

    private static LocalDate date(String text, PersonRef person, Problems p) {
        if (text == null) {
            p.add(MeasurementCsv.DATE, "Give the day, like 2026-03-31.");
            return null;
        }
        LocalDate date;
        try {
            date = Dates.parse(text);
        } catch (DateTimeParseException e) {
            p.add(MeasurementCsv.DATE, "'" + text + "' is not a date like 2026-03-31.");
            return null;
        }
        if (person != null) {
            MeasurementRules.futureDate(date, person.today()).ifPresent(message -> p.add(MeasurementCsv.DATE, message));
        }
        return date;
    }

    private static BigDecimal value(String text, KpiRef kpi, Problems p) {
        if (text == null) {
            p.add(MeasurementCsv.VALUE, "A value is required.");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            p.add(MeasurementCsv.VALUE, "'" + text + "' is not a number like 12 or 1250.50.");
            return null;
        }
        if (kpi != null) {
            MeasurementRules.valueProblems(kpi.unit(), value).forEach(message -> p.add(MeasurementCsv.VALUE, message));
        }
        return value;
    }

    /** The problems of one row, added to those of the whole import as they are found. */
    private static final class Problems {
        private final int row;
        private final List<RowProblem> all;
        private boolean any;

        Problems(int row, List<RowProblem> all) {
            this.row = row;
            this.all = all;
        }

        void add(String column, String message) {
            all.add(new RowProblem(row, column, message));
            any = true;
        }

        boolean any() {
            return any;
        }
    }
}
