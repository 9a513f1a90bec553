package dev.goose.pipeline.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;

/** Splitting a deal's credit: shares by person that add up to exactly 100, each error at its row. */
@Tag("unit")
class CreditSplitTest {

    private static final Set<Long> ACTIVE = Set.of(1L, 2L, 3L);

    private static CreditService.Share share(Long person, String percent) {
        return new CreditService.Share(person, percent == null ? null : new BigDecimal(percent));
    }

    private static List<String> errors(List<CreditService.Share> shares) {
        try {
            CreditSplit.check(shares, ACTIVE::contains);
            return List.of();
        } catch (InvalidInput e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void sharesThatAddUpToAHundredAreTakenAndNoSharesCreditTheOwner() {
        assertThat(errors(List.of(share(1L, "60"), share(2L, "40")))).isEmpty();
        assertThat(errors(List.of(share(1L, "33.34"), share(2L, "33.33"), share(3L, "33.33")))).isEmpty();
        assertThat(errors(List.of())).isEmpty();
    }

    @Test
    void sharesThatMissAHundredAreRefusedWithTheirSum() {
        assertThatThrownBy(() -> CreditSplit.check(List.of(share(1L, "60"), share(2L, "30")), ACTIVE::contains))
                .isInstanceOf(InvalidInput.class).hasMessage("The shares add up to 90%; they must add up to 100%.");
        assertThat(errors(List.of(share(1L, "60"), share(2L, "40.01")))).containsExactly("credits");
    }

    @Test
    void eachWrongRowIsNamedAndAWrongShareIsNotAlsoSummed() {
        assertThat(errors(List.of(share(1L, "0"), share(2L, "100")))).containsExactly("credits[0].percent");
        assertThat(errors(List.of(share(1L, "100.5")))).containsExactly("credits[0].percent");
        assertThat(errors(List.of(share(1L, "50.005"), share(2L, "49.995")))).containsExactly("credits[0].percent", "credits[1].percent");
        assertThat(errors(List.of(share(1L, "50"), share(1L, "50")))).containsExactly("credits[1].personId");
        assertThat(errors(List.of(share(9L, "50"), share(null, "50")))).containsExactly("credits[0].personId", "credits[1].personId");
        assertThat(errors(List.of(share(1L, null), share(2L, "100")))).containsExactly("credits[0].percent");
    }

    @Test
    void aSplitHasAtMostTenPeople() {
        List<CreditService.Share> eleven = java.util.stream.LongStream.rangeClosed(1, 11).mapToObj(id -> share(id, "1")).toList();
        assertThatThrownBy(() -> CreditSplit.check(eleven, id -> true)).hasMessage("Split the credit between at most 10 people, not 11.");
    }
}
