package dev.goose.kpi;

import java.util.Set;
import java.util.regex.Pattern;

import dev.goose.errors.InvalidInput;

/**
 * The rules a KPI definition obeys, checked all at once so that every field in error is named:
 * a slug key, a name, known words for the enums, a derivation exactly when the numbers are derived
 * (with that derivation's unit), a known stage for the stage derivations, and a key, unit, source
 * and derivation that never change once the KPI exists, since imports and targets refer to them.
 */
final class KpiDefinitionCheck {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{2,60}");
    private static final String FIXED = "This cannot change once the KPI exists: imports, measurements and targets refer to it.";

    /** A definition's values once checked. */
    public record Fields(String key, String name, String description, Unit unit, Direction direction, Category category,
            Source source, Derivation derivation, String stageKey, int position, boolean active) {

        public static Fields of(KpiDefinition kpi) {
            return new Fields(kpi.key, kpi.name, kpi.description, kpi.unit, kpi.direction, kpi.category, kpi.source,
                    kpi.derivation, kpi.stageKey, kpi.position, kpi.active);
        }

        public void applyTo(KpiDefinition kpi) {
            kpi.key = key;
            kpi.name = name;
            kpi.description = description;
            kpi.unit = unit;
            kpi.direction = direction;
            kpi.category = category;
            kpi.source = source;
            kpi.derivation = derivation;
            kpi.stageKey = stageKey;
            kpi.position = position;
            kpi.active = active;
        }
    }

    private KpiDefinitionCheck() {
    }

    /**
     * @param current the definition as it is, or null for a new one
     * @param keyTaken whether another KPI already has the key asked for
     * @param stageKeys the stage keys of every pipeline
     * @param nextPosition the position after the last KPI, for a new one given none
     * @throws InvalidInput naming every field in error
     */
    public static Fields check(KpiDefinitionRequest request, Fields current, boolean keyTaken, Set<String> stageKeys,
            int nextPosition) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String key = fixed(errors, "key", trim(request.key()), current == null ? null : current.key());
        if (key == null) {
            errors.add("key", "Enter a key such as meetings-booked.");
        } else if (current == null && !KEY.matcher(key).matches()) {
            errors.add("key", "Use 2 to 60 lower-case letters, digits and hyphens, such as meetings-booked.");
        } else if (current == null && keyTaken) {
            errors.add("key", "Another KPI already has this key.");
        }
        String name = trim(request.name());
        errors.require(name != null, "name", "Enter a name.");
        errors.require(name == null || name.length() <= 120, "name", "Use at most 120 characters.");
        String description = trim(request.description());
        errors.require(description == null || description.length() <= 500, "description", "Use at most 500 characters.");

        Source source = fixed(errors, "source", choice(errors, Source.class, "source", request.source()),
                current == null ? null : current.source());
        errors.require(source != null || errors.has("source"), "source",
                "Choose where the numbers come from: " + KpiChoices.allowed(Source.class) + ".");
        Derivation derivation = fixed(errors, "derivation", choice(errors, Derivation.class, "derivation", request.derivation()),
                current == null ? null : current.derivation());
        if (source == Source.DERIVED && derivation == null && !errors.has("derivation")) {
            errors.add("derivation", "Choose how a derived KPI is computed: " + KpiChoices.allowed(Derivation.class) + ".");
        } else if (source != null && source != Source.DERIVED && derivation != null) {
            errors.add("derivation", "Only a derived KPI has a derivation; numbers " + KpiChoices.word(source) + " have none.");
        }

        Unit unit = fixed(errors, "unit", choice(errors, Unit.class, "unit", request.unit()),
                current == null ? null : current.unit());
        if (unit == null && derivation != null && current == null) {
            unit = derivation.unit();
        }
        if (unit == null && !errors.has("unit")) {
            errors.add("unit", "Choose a unit: " + KpiChoices.allowed(Unit.class) + ".");
        } else if (unit != null && derivation != null && unit != derivation.unit()) {
            errors.add("unit", "A KPI derived as " + KpiChoices.word(derivation) + " is in " + KpiChoices.word(derivation.unit()) + ".");
        }

        Direction direction = choice(errors, Direction.class, "direction", request.direction());
        if (direction == null) {
            direction = current != null ? current.direction()
                    : derivation != null ? derivation.direction() : Direction.HIGHER_IS_BETTER;
        }
        Category category = choice(errors, Category.class, "category", request.category());
        if (category == null) {
            category = current != null ? current.category() : source == Source.DERIVED ? Category.OUTCOME : Category.ACTIVITY;
        }

        String stageKey = trim(request.stageKey());
        if (stageKey == null && current != null && request.stageKey() == null) {
            stageKey = current.stageKey();
        }
        if (derivation != null && derivation.needsStage() && stageKey == null) {
            errors.add("stageKey", "Choose the stage whose conversion is measured.");
        } else if (stageKey != null && (derivation == null || !derivation.takesStage())) {
            errors.add("stageKey", "Only stage-conversion and stage-advances KPIs take a stage.");
        } else if (stageKey != null && !stageKeys.contains(stageKey)) {
            errors.add("stageKey", "No pipeline has a stage with this key.");
        }

        Integer position = request.position();
        errors.require(position == null || position >= 0, "position", "Use a position of 0 or more.");
        errors.throwIfAny();
        int place = position != null ? position : current != null ? current.position() : nextPosition;
        boolean active = request.active() != null ? request.active() : current == null || current.active();
        return new Fields(key, name, description, unit, direction, category, source, derivation, stageKey, place, active);
    }

    /** The value asked for, or the current one when none is asked for; an error when it would change. */
    private static <T> T fixed(InvalidInput.Collector errors, String field, T asked, T current) {
        if (current == null) {
            return asked;
        }
        if (asked != null && !asked.equals(current)) {
            errors.add(field, FIXED);
        }
        return current;
    }

    private static <E extends Enum<E>> E choice(InvalidInput.Collector errors, Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return KpiChoices.parse(type, raw).orElseGet(() -> {
            errors.add(field, "Use one of " + KpiChoices.allowed(type) + ".");
            return null;
        });
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
