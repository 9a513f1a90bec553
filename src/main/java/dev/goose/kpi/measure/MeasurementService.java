package dev.goose.kpi.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.Measurement;
import dev.goose.kpi.MeasurementCorrection;
import dev.goose.kpi.Origin;
import dev.goose.kpi.Source;
import dev.goose.kpi.measure.MeasurementViews.Choice;
import dev.goose.kpi.measure.MeasurementViews.CorrectionRequest;
import dev.goose.kpi.measure.MeasurementViews.CorrectionView;
import dev.goose.kpi.measure.MeasurementViews.LogRequest;
import dev.goose.kpi.measure.MeasurementViews.MeasurementDetail;
import dev.goose.kpi.measure.MeasurementViews.MeasurementPage;
import dev.goose.kpi.measure.MeasurementViews.MeasurementView;
import dev.goose.people.CurrentPerson;
import dev.goose.people.PeopleAccess;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.time.Dates;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Logging activity, correcting entries with an audit trail, and reading entries back. */
@ApplicationScoped
class MeasurementService {

    public static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 100;

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    MeasurementAccess access;

    @Inject
    PeopleAccess people;

    /**
     * Records activity for the caller: one of a logged KPI unless a value is given, on today where
     * they work unless a past day is given, optionally for a deal they can see and with a note.
     */
    @Transactional
    public MeasurementView log(LogRequest request) {
        Member me = current.member();
        LogRequest r = request == null ? new LogRequest(null, null, null, null, null) : request;
        InvalidInput.Collector errors = new InvalidInput.Collector();
        KpiDefinition kpi = loggedKpi(r.kpi(), errors);
        BigDecimal value = r.value() == null ? BigDecimal.ONE : r.value();
        if (kpi != null) {
            MeasurementRules.valueProblems(kpi.unit, value).forEach(message -> errors.add("value", message));
        }
        LocalDate today = KpiCalendar.todayFor(me, clock.instant());
        LocalDate date = r.date() == null ? today : r.date();
        MeasurementRules.futureDate(date, today).ifPresent(message -> errors.add("date", message));
        // The note's length is the request's constraint, checked by the API and the pages before this.
        String note = text(r.note());
        errors.throwIfAny();
        Measurement entry = new Measurement();
        entry.dealId = r.deal() == null ? null : access.deal(me, r.deal());
        entry.kpi = kpi;
        entry.personId = me.id();
        entry.occurredOn = date;
        entry.value = value;
        entry.note = note;
        entry.origin = Origin.LOGGED;
        entry.recordedById = me.id();
        entry.recordedAt = clock.instant();
        entry.persist();
        return MeasurementView.of(entry);
    }

    private static KpiDefinition loggedKpi(String key, InvalidInput.Collector errors) {
        if (key == null || key.isBlank()) {
            errors.add("kpi", "Name the KPI to log, such as calls.");
            return null;
        }
        KpiDefinition kpi = KpiDefinition.byKey(key).orElse(null);
        if (kpi == null) {
            errors.add("kpi", "There is no KPI with the key '" + key.strip() + "'.");
        } else if (!kpi.active) {
            errors.add("kpi", "The KPI '" + kpi.name + "' is no longer in use.");
        } else if (kpi.source == Source.DERIVED) {
            errors.add("kpi", "'" + kpi.name + "' is computed from deals, not logged.");
        } else if (kpi.source != Source.LOGGED) {
            errors.add("kpi", "'" + kpi.name + "' is imported, not logged by hand.");
        } else {
            return kpi;
        }
        return null;
    }

    /**
     * Changes an entry's value and keeps the change: old and new value, who, when and why. A rep
     * corrects what they logged themselves; a manager or admin any entry of someone they see. Zero
     * is a value like any other: it is how a "+1" is undone.
     */
    @Transactional
    public MeasurementDetail correct(Long id, CorrectionRequest request) {
        return correct(id, request, new InvalidInput.Collector());
    }

    /** As {@link #correct(Long, CorrectionRequest)}, reporting together the errors a form already found. */
    @Transactional
    public MeasurementDetail correct(Long id, CorrectionRequest r, InvalidInput.Collector errors) {
        Member me = current.member();
        Measurement entry = access.visible(me, id, true);
        access.requireMayCorrect(me, entry);
        MeasurementRules.valueProblems(entry.kpi.unit, r.value()).forEach(message -> errors.add("value", message));
        if (r.value() != null && r.value().compareTo(entry.value) == 0) {
            errors.add("value", "The entry already counts " + MeasurementRules.plain(entry.value).toPlainString() + ".");
        }
        // The reason's presence and length are the request's constraints, checked before this.
        String reason = text(r.reason());
        errors.throwIfAny();
        amend(entry, r.value(), reason, me.id(), clock.instant());
        return detail(entry, me);
    }

    /** Sets a new value and appends the correction that explains it; the one way a value changes. */
    static void amend(Measurement entry, BigDecimal value, String reason, Long byId, Instant at) {
        MeasurementCorrection correction = new MeasurementCorrection();
        correction.measurement = entry;
        correction.oldValue = entry.value;
        correction.newValue = value;
        correction.reason = reason;
        correction.correctedById = byId;
        correction.correctedAt = at;

        correction.persist();
        entry.value = value;
    }

    /** An entry with its corrections, for whoever may see the person's numbers. */
    @Transactional
    public MeasurementDetail get(Long id) {
        Member me = current.member();
        return detail(access.visible(me, id, false), me);
    }

    private MeasurementDetail detail(Measurement entry, Member viewer) {
        List<MeasurementCorrection> changes = MeasurementCorrection.of(entry);
        Map<Long, String> names = People.namesOf(changes.stream().map(c -> c.correctedById).filter(Objects::nonNull).distinct().toList());
        List<CorrectionView> corrections = changes.stream().map(c -> CorrectionView.of(c, names)).toList();
        return new MeasurementDetail(MeasurementView.of(entry), corrections, access.mayCorrect(viewer, entry));
    }

    /**
     * A person's entries, newest first: the caller's own unless someone they see is named; of one
     * KPI and between two days (both included) when asked. Pages count from 1.
     */
    @Transactional
    public MeasurementPage list(Long personId, String kpiKey, String from, String to, Integer page, Integer limit) {
        Member me = current.member();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate start = errors.parse("from", from, Dates::parse, "Use a date like 2026-03-01.");
        LocalDate end = errors.parse("to", to, Dates::parse, "Use a date like 2026-03-31.");
        int size = limit == null ? DEFAULT_LIMIT : limit;
        int number = page == null ? 1 : page;
        errors.require(size >= 1 && size <= MAX_LIMIT, "limit", "Ask for 1 to " + MAX_LIMIT + " entries at a time.");
        errors.require(number >= 1, "page", "Pages count from 1.");
        KpiDefinition kpi = kpiKey == null || kpiKey.isBlank() ? null : KpiDefinition.byKey(kpiKey).orElse(null);
        errors.require(kpiKey == null || kpiKey.isBlank() || kpi != null, "kpi", "There is no KPI with the key '" + kpiKey + "'.");
        errors.throwIfAny();
        Member person = access.visiblePerson(me, personId);
        StringBuilder where = new StringBuilder("m.personId = :person");
        Parameters parameters = Parameters.with("person", person.id());
        if (kpi != null) {
            where.append(" and m.kpi = :kpi");
            parameters.and("kpi", kpi);
        }
        if (start != null) {
            where.append(" and m.occurredOn >= :from");
            parameters.and("from", start);
        }
        if (end != null) {
            where.append(" and m.occurredOn <= :to");
            parameters.and("to", end);
        }
        long total = Measurement.count("from Measurement m where " + where, parameters);
        // The offset in long: page 2,147,483,647 is past the end, not an int overflow.
        if ((long) (number - 1) * size >= total) {
            return new MeasurementPage(person.id(), person.name(), List.of(), number, size, total);
        }
        List<MeasurementView> items = MeasurementView.ofAll(Measurement.<Measurement>find("from Measurement m join fetch m.kpi"
                + " where " + where
                + " order by m.occurredOn desc, m.recordedAt desc, m.id desc", parameters)
                .page(Page.of(number - 1, size)).list());
        return new MeasurementPage(person.id(), person.name(), items, number, size, total);
    }

    /** The KPIs that take entries (not those derived from deals), as choices for a filter. */
    @Transactional
    public List<Choice> kpiChoices() {
        return KpiDefinition.allInOrder().stream().filter(k -> k.source.takesMeasurements())
                .map(k -> new Choice(k.key, k.name + (k.active ? "" : " (no longer in use)"))).toList();
    }

    /** The people whose entries the caller may read, the caller first; just the caller for a rep. */
    @Transactional
    public List<Choice> personChoices() {
        Member me = current.member();
        List<Choice> choices = new ArrayList<>(List.of(new Choice(me.id().toString(), me.name() + " (you)")));
        people.visibleMembers(me).stream().filter(p -> !p.id().equals(me.id()))
                .forEach(p -> choices.add(new Choice(p.id().toString(), p.name())));
        return choices;
    }

    /**
     * What the "+1" buttons say about an entry the caller just logged, or just undid; empty for an
     * entry that is not the caller's own logged one, so an address cannot show someone else's.
     */
    @Transactional
    public Optional<LogConfirmation> confirmation(Long id) {
        Member me = current.member();
        return Measurement.<Measurement>findByIdOptional(id)
                .filter(m -> m.personId.equals(me.id()) && m.origin == Origin.LOGGED)
                .map(MeasurementService::confirmationOf);
    }

    static LogConfirmation confirmationOf(Measurement entry) {
        LoggableKpi kpi = LoggableKpi.of(entry.kpi);
        if (entry.value.signum() == 0) {
            return new LogConfirmation(entry.id, "Undone: that " + kpi.inSentence() + " no longer counts.", true);
        }
        return new LogConfirmation(entry.id, "Logged " + kpi.counted(entry.value), false);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
