package dev.goose.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.onboarding.EnrollmentEvent.Step;
import dev.goose.onboarding.OnboardingViews.RemovedView;
import dev.goose.onboarding.OnboardingViews.RescheduledView;
import dev.goose.onboarding.OnboardingViews.RewordedView;
import dev.goose.onboarding.OnboardingViews.UpgradeRequest;
import dev.goose.onboarding.OnboardingViews.UpgradeView;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People.Member;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import dev.goose.playbook.Playbooks.VersionInfo;
import dev.goose.playbook.markdown.ChecklistItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Moves enrollments to the current published version of their playbook by the {@link Upgrade} rule:
 * progress follows the item ids, removed items are listed and new ones fall due from the original
 * start. A completed enrollment stays on the version it was completed on.
 */
@ApplicationScoped
public class UpgradeService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    OnboardingAccess access;

    @Inject
    OnboardingCalendar calendar;

    /** Upgrades one enrollment, for its person or their manager. */
    @Transactional
    public UpgradeView upgrade(Long id) {
        Member me = current.member();
        return upgrade(access.lockedFor(me, id), me, clock.instant()
);
    }

    /**
     * Upgrades the listed enrollments, or else every open enrollment of the playbook that the caller
     * manages and that a newer version exists for. The listed ones all or none: each one that cannot
     * be upgraded is named in the refusal. The length of the list is the request's shape, checked
     * before this is called.
     */
    @Transactional
    public List<UpgradeView> upgradeAll(UpgradeRequest request) {
        Member me = current.member();
        Instant now = clock.instant()
;
        if (request.enrollments() != null && !request.enrollments().isEmpty()) {
            List<UpgradeView> done = new ArrayList<>();
            InvalidInput.Collector errors = new InvalidInput.Collector();
            for (Long id : new LinkedHashSet<>(request.enrollments())) {
                try {
                    Enrollment enrollment = access.lockedFor(me, id);
                    if (!access.manages(me, enrollment.personId)) {
                        errors.add("enrollments", "Your own onboarding is upgraded from your checklist, not with your team's.");
                        continue;
                    }
                    done.add(upgrade(enrollment, me, now));
                } catch (NotFound e) {
                    errors.add("enrollments", "There is no enrollment " + id + " that you manage.");
                } catch (Conflict e) {
                    errors.add("enrollments", e.getMessage());
                }
            }
            errors.throwIfAny();
            return done;
        }
        if (request.playbook() == null || request.playbook().isBlank()) {
            throw InvalidInput.of("enrollments", "Choose the enrollments to upgrade, or a playbook to upgrade all of.");
        }
        PlaybookInfo playbook = Playbooks.bySlug(request.playbook().strip())
                .orElseThrow(() -> InvalidInput.of("playbook", "There is no playbook '" + request.playbook() + "'."));
        List<UpgradeView> done = new ArrayList<>();
        List<Enrollment> open = access.managed(me).stream().filter(e -> e.playbookId.equals(playbook.id()) && e.isOpen()).toList();
        Map<Long, VersionInfo> versions = Playbooks.versionsByIds(open.stream().map(e -> e.versionId).distinct().toList());
        for (Enrollment enrollment : open) {
            if (versions.get(enrollment.versionId).number() < playbook.current()) {
                done.add(upgrade(Enrollment.locked(enrollment.id).orElseThrow(), me, now));
            }
        }
        return done;
    }

    private UpgradeView upgrade(Enrollment enrollment, Member me, Instant now) {
        Actor actor = access.actorFor(me, enrollment.personId);
        StoredChecklist stored = StoredChecklist.of(enrollment);
        PlaybookInfo playbook = stored.playbook();
        String who = stored.personName() + "'s " + playbook.title();
        if (!enrollment.isOpen()) {
            throw new Conflict(who + " was completed on " + enrollment.completedOn
                    + " and stays on the version it was completed on.");
        }
        int from = stored.versionNumber();
        if (from >= playbook.current()) {
            throw new Conflict(who + " is already on the current version, " + playbook.current() + ".");
        }
        VersionInfo newer = Playbooks.version(playbook.id(), playbook.current()).orElseThrow();
        Checklist before = stored.checklist();
        List<ChecklistItem> items = StoredChecklist.itemsOf(List.of(newer.id())).getOrDefault(newer.id(), List.of());
        WorkingWeek week = calendar.week();
        Upgrade upgrade = Upgrade.of(before, items, enrollment.startDate, week);
        for (ChecklistItem item : items) {
            ItemProgress kept = before.progressOf(item.id());
            ItemProgress after = upgrade.checklist().progressOf(item.id());
            if (!after.equals(kept)) {
                stored.save(kept, after);
            }
        }
        stored.pinTo(newer, items);
        EnrollmentEvent.of(enrollment, Step.UPGRADED, me.id(), actor.isManager(), now, describe(from, newer.number(), upgrade))
                .persist();
        stored.settle(calendar, me, actor.isManager(), now);
        return view(Snapshot.of(stored), from, upgrade, week, calendar.today());
    }

    private static String describe(int from, int to, Upgrade upgrade) {
        String text = "Version " + from + " → " + to + ": " + upgrade.added().size() + " added, " + upgrade.removed().size()
                + " removed";
        if (!upgrade.removed().isEmpty()) {
            text += " (" + upgrade.removed().stream().map(r -> r.item().text()).collect(Collectors.joining("; ")) + ")";
        }
        return text + ".";
    }

    private static UpgradeView view(Snapshot snapshot, int from, Upgrade upgrade, WorkingWeek week, LocalDate today) {
        return new UpgradeView(snapshot.view(week, today), from, snapshot.version(),
                upgrade.added().stream().map(ChecklistItem::id).toList(),
                upgrade.removed().stream().map(r -> new RemovedView(r.item().id(), r.item().text(), r.progress().state())).toList(),
                upgrade.reworded().stream().map(r -> new RewordedView(r.itemId(), r.before(), r.after())).toList(),
                upgrade.rescheduled().stream().map(r -> new RescheduledView(r.itemId(), r.before(), r.after())).toList());
    }
}
