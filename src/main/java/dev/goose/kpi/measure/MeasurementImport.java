package dev.goose.kpi.measure;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import dev.goose.csv.CsvText;
import dev.goose.errors.Conflict;
import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.imports.ImportJobs;
import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.Measurement;
import dev.goose.kpi.Origin;
import dev.goose.kpi.measure.ImportCheck.Checked;
import dev.goose.kpi.measure.ImportCheck.KpiRef;
import dev.goose.kpi.measure.ImportCheck.Outcome;
import dev.goose.kpi.measure.ImportCheck.PersonRef;
import dev.goose.kpi.measure.ImportCheck.Plan;
import dev.goose.kpi.measure.ImportCheck.Stored;
import dev.goose.kpi.measure.MeasurementViews.BatchItem;
import dev.goose.kpi.measure.MeasurementViews.BatchRequest;
import dev.goose.kpi.measure.MeasurementViews.ImportResult;
import dev.goose.kpi.measure.MeasurementViews.RowResult;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Imports measurements, from CSV or JSON: every row is checked first and all are stored or none.
 * An external id already stored with the same value changes nothing; with a new value, the entry
 * is corrected ("Re-imported"). Problems name the row and column: "row 4, value" in a file,
 * "measurements[3].value" in JSON.
 */
@ApplicationScoped
class MeasurementImport {

    static final String REIMPORTED = "Re-imported";
    private static final int CHUNK = 500;
    private static final int PROGRESS_STEP = 500;
    /** Room for 10,000 rows on a slow, shared machine; the default of 60 seconds is for requests. */
    static final int TIMEOUT_SECONDS = 600;

    @Inject
    Clock clock;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentPerson current;

    @Inject
    MeasurementAccess access;

    /** An uploaded CSV file, which must be UTF-8: bytes that are not are refused with their row and column. */
    @Transactional
    public ImportResult csv(byte[] file, boolean dryRun) {
        String csv;
        try {
            csv = CsvText.decode(file);
        } catch (CsvText.Unreadable e) {
            throw invalid(List.of(new RowProblem(e.row(), e.column(), e.getMessage())), MeasurementImport::csvField);
        }
        return csv(csv, dryRun);
    }

    /** A CSV file's measurements; on a dry run only what would happen. */
    @Transactional
    public ImportResult csv(String csv, boolean dryRun) {
        MeasurementCsv.Parsed parsed = MeasurementCsv.read(csv);
        if (!parsed.problems().isEmpty()) {
            throw invalid(parsed.problems(), MeasurementImport::csvField);
        }
        return run(current.member(), parsed.rows(), dryRun, Origin.IMPORTED, MeasurementImport::csvField, done -> {
        });
    }

    /** Starts storing checked CSV text as a job, for the browser to follow; returns the job's id. */
    public String startJob(String csv, int rows) {
        Long me = current.id();
        return jobs.start("measurements", me, rows, progress -> {
            ImportResult done = applyAs(me, csv, progress);
            return new ImportJobs.Outcome(done.created(), done.updated(), null);
        });
    }

    /** The apply of a job: as the person who started it, reporting the rows written as it goes. */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public ImportResult applyAs(Long personId, String csv, IntConsumer progress) {
        MeasurementCsv.Parsed parsed = MeasurementCsv.read(csv);
        if (!parsed.problems().isEmpty()) {
            throw invalid(parsed.problems(), MeasurementImport::csvField);
        }
        return run(People.byId(personId).orElseThrow(), parsed.rows(), false, Origin.IMPORTED, MeasurementImport::csvField, progress);
    }

    /** A JSON batch's measurements, by the same rules as a file. */
    @Transactional
    public ImportResult batch(BatchRequest request, boolean dryRun) {
        List<BatchItem> items = request == null || request.measurements() == null ? List.of() : request.measurements();
        if (items.isEmpty()) {
            throw InvalidInput.of("measurements", "Send at least one measurement.");
        }
        if (items.size() > MeasurementCsv.MAX_ROWS) {
            throw InvalidInput.of("measurements", "At most " + MeasurementCsv.MAX_ROWS + " measurements can be sent at once.");
        }
        List<InputRow> rows = IntStream.range(0, items.size()).mapToObj(i -> row(i, items.get(i))).toList();
        return run(current.member(), rows, dryRun, Origin.API, MeasurementImport::jsonField, done -> {
        });
    }

    private static InputRow row(int index, BatchItem item) {
        if (item == null) {
            return new InputRow(index, null, null, null, null, null, null);
        }
        return new InputRow(index, blankToNull(item.person()), blankToNull(item.kpi()), Objects.toString(item.date(), null),
                item.value() == null ? null : item.value().toPlainString(), blankToNull(item.externalId()), blankToNull(item.note()));
    }

    private ImportResult run(Member me, List<InputRow> rows, boolean dryRun, Origin origin, Function<RowProblem, String> field,
            IntConsumer progress) {
        Plan plan = ImportCheck.check(rows, new Directory(me, rows, !dryRun));
        if (!plan.problems().isEmpty()) {
            throw invalid(plan.problems(), field);
        }
        if (!dryRun) {
            store(plan, me, origin, progress);
        }
        List<RowResult> results = plan.rows().stream().map(MeasurementImport::result).toList();
        return new ImportResult(dryRun, (int) plan.count(Outcome.NEW), (int) plan.count(Outcome.UPDATE),
                (int) plan.count(Outcome.UNCHANGED), results);
    }

    /**
     * Stores the plan. Two imports of the same new ids at once both pass their checks; the unique
     * external id lets only one store them, and the other is refused whole, with nothing saved.
     */
    private void store(Plan plan, Member me, Origin origin, IntConsumer progress) {
        int done = 0;
        try {
            for (Checked row : plan.rows()) {
                if (++done % PROGRESS_STEP == 0) {
                    progress.accept(done);
                }
                if (row.outcome() == Outcome.NEW) {
                    Measurement entry = new Measurement();
                    entry.kpi = KpiDefinition.getEntityManager().getReference(KpiDefinition.class, row.kpi().id());
                    entry.personId = row.person().id();
                    entry.occurredOn = row.date();
                    entry.value = row.value();
                    entry.note = row.note();
                    entry.externalId = row.externalId();
                    entry.origin = origin;
                    entry.recordedById = me.id();
                    entry.recordedAt = clock.instant();
                    entry.persist();
                } else if (row.outcome() == Outcome.UPDATE) {
                    Measurement entry = Measurement.findById(row.stored().id());
                    MeasurementService.amend(entry, row.value(), REIMPORTED, me.id(), clock.instant());
                }
            }
            Measurement.flush();
        } catch (RuntimeException e) {
            if (raced(e)) {
                throw new Conflict("Another import stored some of these external ids at the same moment, so nothing was saved."
                        + " Import again: the rows stored meanwhile will count as unchanged.");
            }
            throw e;
        }
    }

    /** A unique external id taken meanwhile, or a lock lost to the other import. */
    static boolean raced(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof org.hibernate.PessimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static RowResult result(Checked row) {
        return new RowResult(row.input().row(), row.person().email(), row.kpi().key(), row.date(), MeasurementRules.plain(row.value()),
                row.externalId(), row.outcome().name().toLowerCase(Locale.ROOT),
                row.outcome() == Outcome.UPDATE ? MeasurementRules.plain(row.stored().value()) : null);
    }

    private static InvalidInput invalid(List<RowProblem> problems, Function<RowProblem, String> field) {
        return new InvalidInput(problems.stream().map(p -> new FieldError(field.apply(p), p.message())).toList());
    }

    /** "row 4, value" for a file; the file as a whole is "file". */
    static String csvField(RowProblem problem) {
        if (problem.row() == 0) {
            return "file";
        }
        return "row " + problem.row() + (problem.column().isEmpty() ? "" : ", " + problem.column());
    }

    /** "measurements[3].externalId" for JSON, in the field names the JSON uses. */
    static String jsonField(RowProblem problem) {
        String column = MeasurementCsv.EXTERNAL_ID.equals(problem.column()) ? "externalId" : problem.column();
        return "measurements[" + problem.row() + "]" + (column.isEmpty() ? "" : "." + column);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * What the check looks up, read once per import: the KPIs, the people named (only those the
     * importer may record for), and the entries already stored under the rows' external ids, locked
     * when the import is for real so that the check and the write see the same values.
     */
    private final class Directory implements ImportCheck.Directory {
        private final Member me;
        private final Map<String, KpiRef> kpis = new HashMap<>();
        private final Map<String, Optional<PersonRef>> people = new HashMap<>();
        private final Map<String, Stored> stored = new HashMap<>();

        Directory(Member me, List<InputRow> rows, boolean lock) {
            this.me = me;
            for (KpiDefinition kpi : KpiDefinition.allInOrder()) {
                kpis.put(kpi.key, new KpiRef(kpi.id, kpi.key, kpi.name, kpi.unit, kpi.source, kpi.active));
            }
            List<String> ids = rows.stream().map(InputRow::externalId).filter(Objects::nonNull).distinct().sorted().toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                var query = Measurement.<Measurement>find("externalId in ?1 order by id", chunk);
                for (Measurement m : lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).list() : query.list()) {
                    stored.put(m.externalId, new Stored(m.id, m.personId, m.kpi.id, m.occurredOn, m.value));
                }
            }
        }

        @Override
        public Optional<PersonRef> person(String emailOrId) {
            return people.computeIfAbsent(emailOrId.strip().toLowerCase(Locale.ROOT), key -> {
                Optional<Member> found = key.matches("\\d{1,18}") ? People.byId(Long.valueOf(key)) : People.byEmail(key);
                return found.filter(p -> access.mayRecordFor(me, p.id()))
                        .map(p -> new PersonRef(p.id(), p.email(), KpiCalendar.todayFor(p, clock.instant())));
            });
        }

        @Override
        public Optional<KpiRef> kpi(String key) {
            return Optional.ofNullable(kpis.get(key.strip()));
        }

        @Override
        public Optional<Stored> stored(String externalId) {
            return Optional.ofNullable(stored.get(externalId));
        }
    }
}
