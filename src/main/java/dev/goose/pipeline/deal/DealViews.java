package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.goose.web.EncodedOnce;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the deal API and pages show, and what clients send; never entities. */
public final class DealViews {

    private static final String AT_MOST_200 = "Use at most 200 characters.";

    private DealViews() {
    }

    public record StageView(String key, String name, int position, int winProbability, String outcome, Integer stallDays) {
    }

    public record PipelineView(Long id, String key, String name, String exitRule, boolean isDefault, List<StageView> stages) {
    }

    public record DealView(Long id, String name, String account, BigDecimal amount, BigDecimal margin, String currency, Long ownerId,
            String ownerName, String pipeline, String stage, String stageName, LocalDate expectedClose, String nextStep, String externalId,
            String source, String closeReason, Instant closedAt, Instant stageEnteredAt, boolean stalled) {

        public DealView withStalled(boolean now) {
            return now == stalled ? this : new DealView(id, name, account, amount, margin, currency, ownerId, ownerName, pipeline, stage, stageName,
                    expectedClose, nextStep, externalId, source, closeReason, closedAt, stageEnteredAt, now);
        }
    }

    /**
     * Create or change a deal; the amount is a decimal string or number, never rounded. The pipeline
     * (id or key) is chosen on creation and stays.
     */
    public record DealRequest(
            @NotBlank(message = "Name the deal.") @Size(max = 200, message = AT_MOST_200) String name,
            @NotBlank(message = "Name the account (the customer).") @Size(max = 200, message = AT_MOST_200) String account,
            @NotNull(message = "Give the amount, 0 if not known yet.")
            @DecimalMin(value = "0", message = "The amount cannot be negative.")
            @Digits(integer = 17, fraction = 2, message = "Use at most 17 digits before the decimal point and 2 after it.")
            BigDecimal amount,
            @Digits(integer = 17, fraction = 2, message = "Use at most 17 digits before the decimal point and 2 after it.")
            BigDecimal margin,
            String currency, Long ownerId, String stage, LocalDate expectedClose,
            @Size(max = 500, message = "Use at most 500 characters.") String nextStep,
            @Size(max = 200, message = AT_MOST_200) String externalId,
            @Size(max = 60, message = "Use at most 60 characters.") String source,
            String pipeline) {
    }

    /** Move to a stage; open exit items are reported, and refuse the move where the pipeline says so. */
    public record MoveRequest(@NotNull(message = "Name the stage to move to.") String stage) {
    }

    public record CloseRequest(
            @NotNull(message = "Say whether the deal was won (true) or lost (false).") Boolean won,
            @Size(max = 500, message = "Use at most 500 characters.") String reason) {
    }

    public record TickRequest(String playbook, @NotNull(message = "Name the exit item.") String item, Boolean done) {
    }

    public record GuideItem(String id, String text, boolean ticked) {
    }

    /** A stage guide on a deal; {@code changedSince} is the older version the viewer last saw, if the script changed since. */
    public record GuideView(String playbook, String playbookTitle, int version, String anchor, String title, @JsonSerialize(using = EncodedOnce.class) String html,
            List<GuideItem> items, Integer changedSince) {
    }

    /** A deal with its stage's guides and the exit items still open. */
    public record DealGuides(DealView deal, List<GuideView> guides, List<String> openItems) {
    }

    /** The deal page: the deal with its guides, the stages of its pipeline, and its stage history. */
    public record DealPage(DealGuides guides, List<StageView> stages, List<ChangeView> history) {
    }

    /**
     * A stage as the deal page lists it, knowing whether the deal is in it: a loop that asks only its
     * own element is far cheaper in Qute than one that looks up the deal outside it on every turn.
     */
    public record StageLine(String key, String name, boolean current, boolean outcome) {

        static List<StageLine> of(List<StageView> stages, String current) {
            return stages.stream().map(s -> new StageLine(s.key(), s.name(), s.key().equals(current), s.outcome() != null && !s.outcome().isEmpty())).toList();
        }
    }

    /** The result of a move: the deal, and the exit items that were still open when it moved. */
    public record MoveResult(DealView deal, List<String> openItemsLeftBehind) {
    }

    public record ChangeView(String from, String to, String by, Instant at, String guideVersions) {
    }
}
