package dev.goose.kpi.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.time.Dates;

/** Reading the period a page or call asks for, naming periods, and the run of periods a trend shows. */
final class Periods {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private Periods() {
    }

    /**
     * The period of the kind named ("week", "month", "quarter"; month when blank) holding the date
     * (today when blank), or a 400 naming the field.
     */
    static Period parse(String kind, String date, LocalDate today) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        PeriodKind parsedKind = PeriodKind.MONTH;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = PeriodKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add("period", "Unknown period \"" + kind.strip() + "\": use week, month or quarter.");
            }
        }
        LocalDate day = today;
        if (date != null && !date.isBlank()) {
            try {
                day = Dates.parse(date.strip());
            } catch (DateTimeParseException bad) {
                errors.add("date", "\"" + date.strip() + "\" is not a date: use YYYY-MM-DD.");
            }
        }
        errors.throwIfAny();
        return Period.containing(parsedKind, day);
    }

    /** The period and those before it, oldest first, count in all. */
    static List<Period> endingWith(Period last, int count) {
        List<Period> periods = new ArrayList<>();
        Period period = last;
        for (int i = 0; i < count; i++) {
            periods.add(0, period);
            period = Period.containing(period.kind(), period.start().minusDays(1));
        }
        return periods;
    }

    /** "Week of 23 Nov 2026", "November 2026", "Q4 2026". */
    static String label(Period period) {
        return switch (period.kind()) {
            case WEEK -> "Week of " + DAY.format(period.start());
            case MONTH -> MONTH.format(period.start());
            case QUARTER -> "Q" + period.start().get(IsoFields.QUARTER_OF_YEAR) + " " + period.start().getYear();
        };
    }

    /** "W48", "Nov", "Q4": for chart axes. */
    static String shortLabel(Period period) {
        return switch (period.kind()) {
            case WEEK -> "W" + period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> SHORT_MONTH.format(period.start());
            case QUARTER -> "Q" + period.start().get(IsoFields.QUARTER_OF_YEAR);
        };
    }

    static String key(PeriodKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
