package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import dev.goose.kpi.Period;

/**
 * What saving one cell of the target grid does, "from this period on": the periods before the one
 * shown keep the target they had, and this period and the later ones get the value typed.
 *
 * <ul>
 * <li>A target that starts at this period takes the new value; one that started earlier ends with
 * the previous period and a new one, with the same ramp and end, starts here.
 * <li>An empty cell ends the covering target with the previous period, or removes it when it starts
 * here.
 * <li>A value where no target covers the period starts an open target here, ending before the next
 * target of the rep should one already be set for a later period.
 * <li>The value a target already has changes nothing.
 * </ul>
 */
final class GridPlan {

    private GridPlan() {
    }

    /** The target that covers the period shown: its id, span and full value. */
    public record Covering(Long id, Span span, BigDecimal value) {
    }

    /** One change to make for one cell. */
    public sealed interface Step {
    }

    /** Nothing to do. */
    public record Keep() implements Step {
    }

    /** Change the covering target's value. */
    public record Update(Long target, BigDecimal value) implements Step {
    }

    /** End the covering target on the day given and start a copy of it with the new value and span. */
    public record Split(Long target, LocalDate endOld, BigDecimal value, Span span) implements Step {
    }

    /** End the covering target on the day given. */
    public record End(Long target, LocalDate endsOn) implements Step {
    }

    public record Delete(Long target) implements Step {
    }

    /** Start a new target with the value over the span. */
    public record Create(BigDecimal value, Span span) implements Step {
    }

    /**
     * @param covering the target covering the period, if any
     * @param nextStart the first day of the subject's next target after the period, if any
     * @param value the value typed, or null for an empty cell
     */
    public static Step plan(Period period, Optional<Covering> covering, Optional<LocalDate> nextStart, BigDecimal value) {
        LocalDate here = period.start();
        if (covering.isEmpty()) {
            if (value == null) {
                return new Keep();
            }
            return new Create(value, new Span(here, nextStart.filter(here::isBefore).map(d -> d.minusDays(1)).orElse(null)));
        }
        Covering current = covering.get();
        boolean startsHere = current.span().start().equals(here);
        if (value == null) {
            return startsHere ? new Delete(current.id()) : new End(current.id(), here.minusDays(1));
        }
        if (value.compareTo(current.value()) == 0) {
            return new Keep();
        }
        if (startsHere) {
            return new Update(current.id(), value);
        }
        return new Split(current.id(), here.minusDays(1), value, new Span(here, current.span().end()));
    }
}
