package dev.goose.kpi.measure;

import java.math.BigDecimal;
import java.util.Locale;

import dev.goose.kpi.KpiDefinition;

/**
 * A KPI a rep logs with one click: its key, its name, and the singular its "+1" button and
 * confirmation use ("Meetings booked" is logged as "+1 Meeting booked").
 */
public record LoggableKpi(String key, String name, String label) {

    public static LoggableKpi of(KpiDefinition kpi) {
        return new LoggableKpi(kpi.key, kpi.name, singular(kpi.name));
    }

    /** The label as it reads inside a sentence: "1 call", but "1 NPS survey". */
    public String inSentence() {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /** How many, in words: "1 call", "3 calls", "2 meetings booked". */
    public String counted(BigDecimal value) {
        String amount = MeasurementRules.plain(value).toPlainString();
        if (value.compareTo(BigDecimal.ONE) == 0) {
            return amount + " " + inSentence();
        }
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return amount + " " + (acronym ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
    }

    /**
     * One of what a KPI counts, from its plural name: the first word is made singular, since names
     * read "Calls", "Meetings booked", "Demos held". A name that is not plural stays as it is.
     */
    static String singular(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            return text;
        }
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        String rest = space < 0 ? "" : text.substring(space);
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && first.length() > 3) {
            first = first.substring(0, first.length() - 3) + (Character.isUpperCase(first.charAt(first.length() - 1)) ? "Y" : "y");
        } else if (lower.endsWith("s") && !lower.endsWith("ss") && first.length() > 1) {
            first = first.substring(0, first.length() - 1);
        }
        return first + rest;
    }
}
