package dev.goose.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.goose.errors.Conflict;
import dev.goose.onboarding.EnrollmentEvent.Step;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import dev.goose.playbook.Playbooks.VersionInfo;
import dev.goose.playbook.markdown.ChecklistItem;

/**
 * An enrollment's checklist as stored: the items of its pinned version and the rows of progress and
 * history behind the {@link Checklist} the rules work on. Changes go through {@link #save}, which
 * writes the next progress and appends the steps it added to the history.
 */
final class StoredChecklist {

    private final Enrollment enrollment;
    private List<ChecklistItem> items;
    private final Map<String, EnrollmentItem> rows;
    private final Map<String, ItemProgress> progress;
    private final Map<Long, String> names;
    private final String teamName;
    private final PlaybookInfo playbook;
    private int versionNumber;

    private StoredChecklist(Enrollment enrollment, List<ChecklistItem> items, Map<String, EnrollmentItem> rows,
            Map<String, ItemProgress> progress, Map<Long, String> names, String teamName, PlaybookInfo playbook, int versionNumber) {
        this.enrollment = enrollment;
        this.items = items;
        this.rows = rows;
        this.progress = progress;
        this.names = names;
        this.teamName = teamName;
        this.playbook = playbook;
        this.versionNumber = versionNumber;
    }

    static StoredChecklist of(Enrollment enrollment) {
        return ofAll(List.of(enrollment)).get(enrollment.id);
    }

    /** The checklists of many enrollments in eight queries, whatever their number. */
    static Map<Long, StoredChecklist> ofAll(List<Enrollment> enrollments) {
        List<Long> ids = enrollments.stream().map(e -> e.id).toList();
        List<Long> versionIds = enrollments.stream().map(e -> e.versionId).distinct().toList();
        Map<Long, List<ChecklistItem>> itemsByVersion = itemsOf(versionIds);
        Map<Long, VersionInfo> versions = Playbooks.versionsByIds(versionIds);
        Map<Long, PlaybookInfo> playbooks = Playbooks.byIds(enrollments.stream().map(e -> e.playbookId).distinct().toList());
        Map<Long, Map<String, List<ItemEvent>>> history = new HashMap<>();
        List<EnrollmentEvent> events = EnrollmentEvent.of(ids);
        Set<Long> named = new HashSet<>();
        enrollments.forEach(e -> named.add(e.personId));
        events.stream().map(event -> event.actorId).filter(Objects::nonNull).forEach(named::add);
        Map<Long, Member> people = People.byIds(named);
        Map<Long, String> names = new HashMap<>();
        people.values().forEach(person -> names.put(person.id(), person.name()));
        Map<Long, String> teams = People.teamNamesOf(enrollments.stream().map(e -> people.get(e.personId))
                .filter(p -> p != null && p.teamId() != null).map(Member::teamId).distinct().toList());
        for (EnrollmentEvent event : events) {
            if (event.isItemStep()) {
                history.computeIfAbsent(event.enrollment.id, k -> new HashMap<>())
                        .computeIfAbsent(event.itemKey, k -> new ArrayList<>()).add(event.itemEvent());
            }
        }
        Map<Long, Map<String, EnrollmentItem>> rows = new HashMap<>();
        for (EnrollmentItem row : EnrollmentItem.of(ids)) {
            rows.computeIfAbsent(row.enrollment.id, k -> new LinkedHashMap<>()).put(row.itemKey, row);
        }
        Map<Long, StoredChecklist> stored = new LinkedHashMap<>();
        for (Enrollment enrollment : enrollments) {
            Map<String, EnrollmentItem> own = rows.getOrDefault(enrollment.id, new LinkedHashMap<>());
            Map<String, List<ItemEvent>> steps = history.getOrDefault(enrollment.id, Map.of());
            Map<String, ItemProgress> progress = new HashMap<>();
            own.forEach((key, row) -> progress.put(key, row.progress(steps.getOrDefault(key, List.of()))));
            Member person = people.get(enrollment.personId);
            stored.put(enrollment.id, new StoredChecklist(enrollment, itemsByVersion.getOrDefault(enrollment.versionId, List.of()),
                    own, progress, names, person == null || person.teamId() == null ? null : teams.get(person.teamId()),
                    playbooks.get(enrollment.playbookId), versions.get(enrollment.versionId).number()));
        }
        return stored;
    }

    /** The checklist items of versions, read straight from their rows in one query. */
    static Map<Long, List<ChecklistItem>> itemsOf(List<Long> versionIds) {
        return Playbooks.itemsOf(versionIds);
    }

    Enrollment enrollment() {
        return enrollment;
    }

    Checklist checklist() {
        return new Checklist(items, progress);
    }

    /** Names of the people in the history and of the enrolled person, by id, for showing who did what. */
    Map<Long, String> names() {
        return names;
    }

    String personName() {
        return names.get(enrollment.personId);
    }

    /** The onboarding playbook as it is now: its slug, title and current version. */
    PlaybookInfo playbook() {
        return playbook;
    }

    /** The number of the version the enrollment is pinned to. */
    int versionNumber() {
        return versionNumber;
    }

    /** The name of the enrolled person's team, or null when they have none. */
    String teamName() {
        return teamName;
    }

    /** Remembers the name of someone acting now, so that the history shown after a change names them. */
    void knows(Member person) {
        names.put(person.id(), person.name());
    }

    /** Stores the next progress of an item, and the steps it added to the history since {@code before}. */
    void save(ItemProgress before, ItemProgress next) {
        EnrollmentItem row = rows.get(next.itemId());
        if (row == null) {
            row = new EnrollmentItem();
            row.enrollment = enrollment;
            row.itemKey = next.itemId();
            row.take(next);
            row.persist();
            rows.put(next.itemId(), row);
        } else {
            row.take(next);
        }
        for (ItemEvent event : next.history().subList(before.history().size(), next.history().size())) {
            EnrollmentEvent.ofItem(enrollment, next.itemId(), event).persist();
        }
        progress.put(next.itemId(), next);
    }

    /** Pins the enrollment to a newer version, whose items the checklist now follows. */
    void pinTo(VersionInfo version, List<ChecklistItem> newer) {
        enrollment.versionId = version.id();
        versionNumber = version.number();
        items = List.copyOf(newer);
    }

    /**
     * Completes the enrollment when the last required item is finished, at that item's time; opens
     * it again when a change leaves a completed checklist unfinished, unless the person has since
     * been enrolled in the same playbook again.
     */
    void settle(OnboardingCalendar calendar, Member actor, boolean asManager, Instant now) {
        Checklist checklist = checklist();
        if (checklist.isComplete() && enrollment.isOpen()) {
            Instant at = checklist.completedAt().orElse(now);
            enrollment.complete(at, calendar.dayOf(at));
            EnrollmentEvent.of(enrollment, Step.COMPLETED, actor.id(), asManager, at, null).persist();
        } else if (!checklist.isComplete() && !enrollment.isOpen()) {
            if (Enrollment.openIn(enrollment.personId, enrollment.playbookId).isPresent()) {
                throw new Conflict(personName() + " has been enrolled in " + playbook.title()
                        + " again since this checklist was completed; change that enrollment instead.");
            }
            enrollment.reopen();
            EnrollmentEvent.of(enrollment, Step.REOPENED_ENROLLMENT, actor.id(), asManager, now, null).persist();
        }
    }
}
