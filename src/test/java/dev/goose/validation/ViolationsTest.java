package dev.goose.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Tag("unit")
class ViolationsTest {

    record Item(@NotBlank(message = "Name the item.") String id) {
    }

    record Order(@Size(max = 3, message = "Use at most 3 characters.") String note, List<@Valid Item> items,
            List<@NotNull(message = "Leave out empty entries.") Long> people) {
    }

    // Without expression language on the class path, as a plain unit test has none.
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<FieldError> errors(Object request) {
        return Violations.errors(FACTORY.getValidator().validate(request));
    }

    @Test
    void fieldsAreNamedByTheirJsonPathWithTheIndexOfAListElement() {
        Order order = new Order("long", List.of(new Item("a"), new Item("b"), new Item(" ")), java.util.Arrays.asList(1L, null));
        assertThat(errors(order)).containsExactly(
                new FieldError("items[2].id", "Name the item."),
                new FieldError("note", "Use at most 3 characters."),
                new FieldError("people[1]", "Leave out empty entries."));
    }

    @Test
    void theCollectorTakesThemBesideItsOwnErrors() {
        InvalidInput.Collector errors = new InvalidInput.Collector().add("date", "Enter a date like 2026-01-31.");
        errors.addAll(Violations.errors(FACTORY.getValidator().validate(new Order("long", List.of(), List.of()))));
        assertThat(errors.has("note")).isTrue();
        assertThat(errors.has("date")).isTrue();
    }
}
