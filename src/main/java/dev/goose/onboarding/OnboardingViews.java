package dev.goose.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.goose.onboarding.ItemRules.Action;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Size;

/** What the onboarding API and pages show, and what clients send; never entities. */
public final class OnboardingViews {

    private OnboardingViews() {
    }

    /**
     * One enrollment with its progress as of today: percent done against percent expected by today,
     * counted over every item of the pinned version.
     */
    @TemplateData
    public record EnrollmentView(Long id, Long personId, String personName, String teamName, String playbook,
            String playbookTitle, int version, int currentVersion, boolean upgradeAvailable, LocalDate startDate,
            long daysSinceStart, boolean open, LocalDate completedOn, int total, int finished, int expected,
            int percentDone, int percentExpected, int overdue, int awaitingSignOff, Progress.Status status) {

        /** Where the person stands, in a word or two; also a CSS class with the spaces as dashes. */
        public String statusLabel() {
            if (!open) {
                return "completed";
            }
            return switch (status) {
                case AHEAD -> "ahead";
                case ON_TRACK -> "on track";
                case BEHIND -> "behind";
            };
        }

        public String statusKey() {
            return statusLabel().replace(' ', '-');
        }
    }

    /** One item of a person's checklist; {@code allowed} holds what the caller may do to it now. */
    @TemplateData
    public record ItemView(String id, String text, String section, LocalDate due, String dueRule, boolean dueMoved,
            boolean signOff, boolean signedOff, ItemState state, String note, String link, String skipReason, String sentBack,
            boolean overdue, Set<Action> allowed, List<EventView> history) {

        public boolean can(String action) {
            return allowed.contains(Action.valueOf(action));
        }

        /** The state as a CSS class and a word: open, awaiting-sign-off, done, skipped. */
        public String stateKey() {
            return EnrollmentItem.key(state);
        }

        public String stateLabel() {
            return switch (state) {
                case OPEN -> sentBack != null ? "sent back" : "open";
                case AWAITING_SIGN_OFF -> "waiting for sign-off";
                case DONE -> "done";
                case SKIPPED -> "skipped";
            };
        }
    }

    /** One step of an item's or an enrollment's history. */
    @TemplateData
    public record EventView(String kind, String itemId, String by, boolean asManager, Instant at, String text, String link) {

        /** The time to the minute, as the deal history shows it. */
        public String when() {
            return at.toString().substring(0, 16).replace('T', ' ');
        }
    }

    /** What the person is asked to do now. */
    @TemplateData
    public record AgendaView(List<AgendaItem> overdue, List<AgendaItem> today, List<AgendaItem> thisWeek,
            List<AgendaItem> awaitingSignOff) {
    }

    @TemplateData
    public record AgendaItem(String id, String text, LocalDate due) {
    }

    /** An enrollment with its checklist, for the person themselves or their manager. */
    @TemplateData
    public record EnrollmentDetail(EnrollmentView enrollment, List<ItemView> items, AgendaView agenda) {
    }

    /** A row of the manager's team view: the enrollment and the items waiting for their sign-off. */
    @TemplateData
    public record TeamRow(EnrollmentView enrollment, List<ItemView> awaiting) {
    }

    /** An item an upgrade removed, with where the person stood on it: their progress is kept. */
    @TemplateData
    public record RemovedView(String id, String text, ItemState state) {
    }

    public record RewordedView(String id, String before, String after) {
    }

    public record RescheduledView(String id, LocalDate before, LocalDate after) {
    }

    /** What an upgrade did to one enrollment. */
    @TemplateData
    public record UpgradeView(EnrollmentView enrollment, int from, int to, List<String> added, List<RemovedView> removed,
            List<RewordedView> reworded, List<RescheduledView> rescheduled) {
    }

    /**
     * Enroll people in a published onboarding playbook; the start date defaults to today. The length
     * of the list is its only shape rule: it is refused for that alone, before any id is looked up.
     */
    public record EnrollRequest(String playbook,
            @Size(max = EnrollmentService.MAX_PEOPLE, message = "Enroll at most " + EnrollmentService.MAX_PEOPLE
                    + " people at once.") List<Long> people,
            LocalDate startDate) {
    }

    /** Tick an item, with an optional note and link as evidence. */
    public record TickRequest(String note, String link) {
    }

    /** A manager's comment: optional on a sign-off, required to send an item back. */
    public record CommentRequest(String comment) {
    }

    public record SkipRequest(String reason) {
    }

    /** A manager's due date for this person's item; null returns it to the playbook's rule. */
    public record DueRequest(LocalDate date) {
    }

    /**
     * Move the due dates of every unfinished item by a number of days (negative is earlier), for the
     * listed enrollments when many are moved at once. The number of days is checked after who may
     * move them, so a rep hears that they may not rather than that the number is wrong.
     */
    public record ShiftRequest(Integer days,
            @Size(max = EnrollmentService.MAX_PEOPLE, message = "Move the due dates of at most " + EnrollmentService.MAX_PEOPLE
                    + " enrollments at once.") List<Long> enrollments) {
    }

    /** Upgrade the listed enrollments, or else every open one of the playbook the caller manages. */
    public record UpgradeRequest(
            @Size(max = EnrollmentService.MAX_PEOPLE, message = "Upgrade at most " + EnrollmentService.MAX_PEOPLE
                    + " enrollments at once.") List<Long> enrollments,
            String playbook) {
    }

    /** The onboarding playbooks, by slug, every new rep is enrolled in. */
    public record AutoEnrollmentRule(List<String> playbooks) {
    }

    /** A stretch of the playbook's own HTML, or an item ({@code item} set) with its text as HTML. */
    @TemplateData
    public record BodyPart(String html, ItemView item) {
    }

    /**
     * The checklist page: the enrollment, whether the viewer acts on it as a manager, the pinned
     * version's text with the items in place, and the viewer's other enrollments to switch to.
     */
    @TemplateData
    public record EnrollmentPage(EnrollmentDetail detail, boolean managing, List<BodyPart> body,
            List<EnrollmentView> others) {
    }

    /** One item as its place in the checklist shows it, with the enrollment's standing after a change. */
    @TemplateData
    public record ItemFragment(BodyPart part, EnrollmentDetail detail, boolean managing) {
    }

    /** An option of a form's list: a person by id, a playbook by slug. */
    @TemplateData
    public record Choice(String value, String label) {
    }

    /** A person's enrollments and the history of all of them, newest first, for their profile. */
    @TemplateData
    public record ProfileView(List<EnrollmentView> enrollments, List<ProfileEvent> history) {
    }

    @TemplateData
    public record ProfileEvent(String playbookTitle, String what, String itemText, String by, Instant at, String text) {

        public String when() {
            return at.toString().substring(0, 16).replace('T', ' ');
        }
    }
}
