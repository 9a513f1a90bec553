package dev.goose.onboarding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.goose.onboarding.OnboardingViews.AgendaItem;
import dev.goose.onboarding.OnboardingViews.AgendaView;
import dev.goose.onboarding.OnboardingViews.EnrollmentDetail;
import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.onboarding.OnboardingViews.EventView;
import dev.goose.onboarding.OnboardingViews.ItemView;
import dev.goose.playbook.markdown.ChecklistItem;

/**
 * One enrollment as read, immutable, so that it can be kept in memory between requests; what moves
 * with the calendar (due today, overdue, expected by today) is worked out from it on each view.
 */
public record Snapshot(Long id, Long personId, String personName, String teamName, String playbook, String playbookTitle,
        Long versionId, int version, int currentVersion, LocalDate start, boolean open, LocalDate completedOn,
        Checklist checklist, Map<Long, String> names) {

    public Snapshot {
        names = Map.copyOf(names.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    static Snapshot of(StoredChecklist stored) {
        Enrollment e = stored.enrollment();
        return new Snapshot(e.id, e.personId, stored.personName(), stored.teamName(),
                stored.playbook().slug(), stored.playbook().title(), e.versionId, stored.versionNumber(), stored.playbook().current(),
                e.startDate,
                e.isOpen(), e.completedOn, stored.checklist(), stored.names());
    }

    /** How the viewer stands to this enrollment: as its person, or as their manager. */
    Actor actorFor(Long viewerId) {
        return viewerId.equals(personId) ? Actor.rep(viewerId) : Actor.manager(viewerId);
    }

    EnrollmentView view(WorkingWeek week, LocalDate today) {
        Progress p = Progress.of(checklist, start, week, today);
        return new EnrollmentView(id, personId, personName, teamName, playbook, playbookTitle, version, currentVersion,
                open && currentVersion > version, start, ChronoUnit.DAYS.between(start, today), open, completedOn,
                p.total(), p.finished(), p.expected(), p.percentDone(), p.percentExpected(), p.overdue(),
                p.awaitingSignOff(), p.status());
    }

    List<ItemView> items(Actor viewer, WorkingWeek week, LocalDate today) {
        Map<String, LocalDate> due = checklist.dueDates(start, week);
        List<ItemView> views = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            views.add(item(item, due.get(item.id()), viewer, today));
        }
        return views;
    }

    ItemView item(String itemId, Actor viewer, WorkingWeek week, LocalDate today) {
        ChecklistItem item = checklist.item(itemId);
        return item(item, checklist.dueDates(start, week).get(itemId), viewer, today);
    }

    AgendaView agenda(WorkingWeek week, LocalDate today) {
        Agenda agenda = Agenda.of(checklist, start, week, today);
        Map<String, LocalDate> due = checklist.dueDates(start, week);
        return new AgendaView(listed(agenda.overdue(), due), listed(agenda.today(), due), listed(agenda.thisWeek(), due),
                listed(agenda.awaitingSignOff(), due));
    }

    public EnrollmentDetail detail(Actor viewer, WorkingWeek week, LocalDate today) {
        return new EnrollmentDetail(view(week, today), items(viewer, week, today), agenda(week, today));
    }

    private ItemView item(ChecklistItem item, LocalDate due, Actor viewer, LocalDate today) {
        ItemProgress progress = checklist.progressOf(item.id());
        List<EventView> history = progress.history().stream().map(event -> new EventView(EnrollmentEvent.key(
                event.kind().name()), item.id(), names.get(event.actor().personId()), event.actor().isManager(), event.at(),
                event.text(), event.link())).toList();
        boolean overdue = progress.state() == ItemState.OPEN && due != null && due.isBefore(today);
        return new ItemView(item.id(), item.text(), item.section(), due, item.dueLabel(), progress.dueOverride() != null,
                item.signOff(), progress.signedOff(), progress.state(), progress.evidence().note(), progress.evidence().link(),
                progress.skipReason(), progress.sentBackComment().orElse(null), overdue,
                ItemRules.allowed(viewer, item, progress), history);
    }

    private static List<AgendaItem> listed(List<ChecklistItem> items, Map<String, LocalDate> due) {
        return items.stream().map(i -> new AgendaItem(i.id(), i.text(), due.get(i.id()))).toList();
    }
}
