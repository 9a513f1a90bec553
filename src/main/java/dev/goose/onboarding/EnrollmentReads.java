package dev.goose.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goose.cache.Caches;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.errors.NotFound;
import dev.goose.onboarding.OnboardingViews.BodyPart;
import dev.goose.onboarding.OnboardingViews.EnrollmentDetail;
import dev.goose.onboarding.OnboardingViews.EnrollmentPage;
import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.onboarding.OnboardingViews.ItemFragment;
import dev.goose.onboarding.OnboardingViews.ItemView;
import dev.goose.onboarding.OnboardingViews.ProfileEvent;
import dev.goose.onboarding.OnboardingViews.ProfileView;
import dev.goose.onboarding.newhire.ChecklistHtml;
import dev.goose.people.CurrentPerson;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.markdown.ChecklistItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the new hire's home and checklist pages read, kept in memory until an enrollment, a playbook
 * or a person changes: the home page is opened all day long and must not add a database read to
 * each opening while nothing changed. A version's HTML, cut at its items, never changes at all.
 */
@ApplicationScoped
public class EnrollmentReads {

    /** An enrollment the current person may see, and the capacity they act on it in. */
    record Visible(Snapshot snapshot, Actor actor) {
    }

    /** A person's enrollments and the steps of all of them, newest first: nothing in it moves with the calendar. */
    private record Profile(List<Snapshot> enrollments, List<ProfileEvent> history) {
    }

    static final int MAX_HISTORY = 100;

    /** Open enrollments before completed ones, each newest first. */
    static final Comparator<Snapshot> NEWEST_OPEN_FIRST = Comparator.comparing(Snapshot::open).reversed()
            .thenComparing(Snapshot::start, Comparator.reverseOrder()).thenComparing(Snapshot::id, Comparator.reverseOrder());

    @Inject
    Caches caches;

    @Inject
    CurrentPerson current;

    @Inject
    OnboardingAccess access;

    @Inject
    OnboardingCalendar calendar;

    private ReadCache<Long, List<Snapshot>> byPerson;
    private ReadCache<Long, Snapshot> byId;
    private ReadCache<Long, List<ChecklistHtml.Part>> parts;
    private ReadCache<Long, Profile> profiles;

    @PostConstruct
    void init() {
        byPerson = caches.of("enrollments-by-person", 10_000, Region.ONBOARDING, Region.PLAYBOOKS, Region.PEOPLE);
        byId = caches.of("enrollments", 10_000, Region.ONBOARDING, Region.PLAYBOOKS, Region.PEOPLE);
        parts = caches.of("checklist-parts", 200, Region.PLAYBOOKS);
        profiles = caches.of("onboarding-profiles", 1_000, Region.ONBOARDING, Region.PLAYBOOKS, Region.PEOPLE);
    }

    /** The person's enrollments, newest first. */
    public List<Snapshot> ofPerson(Long personId) {
        return byPerson.get(personId, () -> QuarkusTransaction.joiningExisting().call(() -> {
            List<Enrollment> enrollments = Enrollment.ofPerson(personId);
            return StoredChecklist.ofAll(enrollments).values().stream().map(Snapshot::of)
                    .sorted(NEWEST_OPEN_FIRST).toList();
        }));
    }

    /** The current person's enrollments. */
    public List<Snapshot> own() {
        return ofPerson(current.id());
    }

    /** The enrollment if the current person may see it; otherwise, as for one that does not exist, not found. */
    Visible visible(Long id) {
        Snapshot snapshot = byId.get(id, () -> QuarkusTransaction.joiningExisting().call(
                () -> Enrollment.<Enrollment>findByIdOptional(id).map(e -> Snapshot.of(StoredChecklist.of(e))).orElse(null)));
        if (snapshot == null) {
            throw new NotFound("The enrollment");
        }
        return new Visible(snapshot, access.actorFor(current.id(), current.role(), snapshot.personId()));
    }

    /** The checklist page of an enrollment the current person may see. */
    public EnrollmentPage page(Long id) {
        Visible visible = visible(id);
        return page(visible.snapshot(), visible.actor());
    }

    /** The current person's own checklist page: their newest open enrollment, or null when they have none. */
    public EnrollmentPage myPage() {
        List<Snapshot> mine = own();
        return mine.isEmpty() ? null : page(mine.get(0), Actor.rep(current.id()));
    }

    /** One item of an enrollment as its place in the checklist shows it. */
    public ItemFragment item(Long id, String itemId) {
        Visible visible = visible(id);
        Snapshot snapshot = visible.snapshot();
        EnrollmentDetail detail = snapshot.detail(visible.actor(), calendar.week(), calendar.today());
        return fragment(detail, snapshot.versionId(), itemId, visible.actor());
    }

    private ItemFragment fragment(EnrollmentDetail detail, Long versionId, String itemId, Actor actor) {
        ItemView item = detail.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFound("The item"));
        String html = parts(versionId).stream().filter(p -> itemId.equals(p.itemId())).map(ChecklistHtml.Part::html)
                .findFirst().orElse(item.text());
        return new ItemFragment(new BodyPart(html, item), detail, actor.isManager());
    }

    private EnrollmentPage page(Snapshot snapshot, Actor actor) {
        EnrollmentDetail detail = snapshot.detail(actor, calendar.week(), calendar.today());
        Map<String, ItemView> items = new HashMap<>();
        detail.items().forEach(i -> items.put(i.id(), i));
        List<BodyPart> body = parts(snapshot.versionId()).stream()
                .map(p -> p.isItem() && items.containsKey(p.itemId()) ? new BodyPart(p.html(), items.get(p.itemId()))
                        : new BodyPart(p.html(), null))
                .toList();
        List<EnrollmentView> others = actor.isManager() ? List.of() : own().stream()
                .filter(s -> !s.id().equals(snapshot.id())).map(s -> s.view(calendar.week(), calendar.today())).toList();
        return new EnrollmentPage(detail, actor.isManager(), body, others);
    }

    /**
     * A person's enrollments and their history, newest step first, for their profile, whoever may
     * see them. From memory like the checklist: the profile page must not read more each time.
     */
    public ProfileView profile(Long personId) {
        access.actorFor(current.id(), current.role(), personId);
        Profile profile = profiles.get(personId, () -> QuarkusTransaction.joiningExisting().call(() -> loadProfile(personId)));
        LocalDate today = calendar.today();
        return new ProfileView(profile.enrollments().stream().map(s -> s.view(calendar.week(), today)).toList(),
                profile.history());
    }

    private Profile loadProfile(Long personId) {
        List<Snapshot> enrollments = ofPerson(personId);
        Map<Long, Snapshot> byId = new HashMap<>();
        enrollments.forEach(s -> byId.put(s.id(), s));
        List<EnrollmentEvent> events = new ArrayList<>(EnrollmentEvent.of(List.copyOf(byId.keySet())));
        Collections.reverse(events);
        List<ProfileEvent> history = events.stream().limit(MAX_HISTORY).map(event -> {
            Snapshot of = byId.get(event.enrollment.id);
            // An item an upgrade removed is no longer in the checklist: its id stands for it.
            String itemText = event.itemKey == null ? null : of.checklist().items().stream()
                    .filter(i -> i.id().equals(event.itemKey)).map(ChecklistItem::text).findFirst().orElse(event.itemKey);
            return new ProfileEvent(of.playbookTitle(), EnrollmentEvent.label(event.kind), itemText,
                    event.actorId == null ? null : of.names().get(event.actorId), event.happenedAt, event.detail);
        }).toList();
        return new Profile(enrollments, history);
    }

    /** A version's HTML cut at its checklist items. */
    List<ChecklistHtml.Part> parts(Long versionId) {
        return parts.get(versionId, () -> QuarkusTransaction.joiningExisting().call(() -> Playbooks.htmlOf(versionId)
                .map(ChecklistHtml::split).orElse(List.of())));
    }
}
