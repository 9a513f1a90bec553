package dev.goose.errors;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Input that breaks a rule; nothing has been saved. Carries every field error found, not only the first. */
public class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : "Some fields need attention.");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first message per field, for forms that show the message beside the field. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (first, later) -> first));
    }

    /** Collects field errors and throws them together. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public Collector require(boolean ok, String field, String message) {
            return ok ? this : add(field, message);
        }

        /** Errors found elsewhere, such as the shape errors a validator found in a request. */
        public Collector addAll(List<FieldError> found) {
            found.forEach(error -> add(error.field(), error.message()));
            return this;
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(error -> error.field().equals(field));
        }

        public <T> T parse(String field, String raw, Function<String, T> parser, String message) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return parser.apply(raw.trim());
            } catch (DateTimeParseException e) {
                // The JDK's own failure gets the caller's message; a subclass (a readable date out
                // of the accepted range, dev.goose.time.Dates.OutOfRange) carries one meant for people.
                add(field, e.getClass() == DateTimeParseException.class ? message : e.getMessage());
                return null;
            } catch (RuntimeException e) {
                add(field, message);
                return null;
            }
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
