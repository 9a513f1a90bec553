package dev.goose.kpi;

import java.util.Locale;
import java.util.Optional;

/** What a KPI's numbers measure. */
public enum Unit {
    COUNT, CURRENCY, PERCENT, DAYS;

    /** The unit named, in any case, or empty when there is no such unit. */
    public static Optional<Unit> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Unit unit : values()) {
            if (unit.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
