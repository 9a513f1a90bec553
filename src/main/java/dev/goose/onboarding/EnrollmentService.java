package dev.goose.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goose.errors.InvalidInput;
import dev.goose.onboarding.EnrollmentEvent.Step;
import dev.goose.onboarding.OnboardingViews.Choice;
import dev.goose.onboarding.OnboardingViews.EnrollRequest;
import dev.goose.onboarding.OnboardingViews.EnrollmentDetail;
import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.onboarding.OnboardingViews.TeamRow;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Role;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import dev.goose.playbook.Playbooks.VersionInfo;
import dev.goose.playbook.markdown.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Enrolling people in onboarding playbooks, and reading enrollments as their person or manager sees them. */
@ApplicationScoped
public class EnrollmentService {

    static final int MAX_PEOPLE = 500;
    static final int MAX_START_DAYS_AWAY = 366;

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    OnboardingAccess access;

    @Inject
    PeopleAccess people;

    @Inject
    EnrollmentReads reads;

    @Inject
    OnboardingCalendar calendar;

    /**
     * Enrolls people in the current published version of an onboarding playbook. All of them or
     * none: every person who cannot be enrolled is named in the refusal, and nothing is stored. The
     * length of the list is the request's shape, checked before this is called.
     */
    @Transactional
    public List<EnrollmentView> enroll(EnrollRequest request) {
        Member me = current.member();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Onboarding chosen = chosen(request.playbook(), errors);
        LocalDate today = calendar.today();
        LocalDate start = request.startDate() == null ? today : request.startDate();
        errors.require(Math.abs(start.toEpochDay() - today.toEpochDay()) <= MAX_START_DAYS_AWAY, "startDate",
                "Choose a start date within a year of today.");
        List<Long> ids = request.people() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(request.people()));
        errors.require(!ids.isEmpty(), "people", "Choose at least one person to enroll.");
        Map<Long, Member> found = People.byIds(ids.stream().filter(Objects::nonNull).toList());
        List<Member> people = new ArrayList<>();
        for (Long id : ids) {
            Member person = id == null ? null : found.get(id);
            if (person == null || !access.manages(me, person.id())) {
                errors.add("people", "There is nobody with the id " + id + " whom you may enroll.");
            } else if (!person.active()) {
                errors.add("people", person.name() + " is deactivated and cannot be enrolled.");
            } else if (chosen != null) {
                Enrollment.openIn(person.id(), chosen.playbook().id()).ifPresentOrElse(open -> errors.add("people", person.name()
                        + " is already enrolled in " + chosen.playbook().title() + " (since " + open.startDate + ")."),
                        () -> people.add(person));
            }
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        List<Enrollment> created = people.stream().map(person -> start(person.id(), chosen.version(), start, me.id(), now)).toList();
        return views(created);
    }

    /** Every enrollment the caller may see, optionally one person's, completed ones on request. */
    @Transactional
    public List<EnrollmentView> list(Long personId, boolean includeCompleted) {
        List<Enrollment> visible = access.visible(current.member()).stream()
                .filter(e -> personId == null || e.personId.equals(personId))
                .filter(e -> includeCompleted || e.isOpen()).toList();
        return views(visible);
    }

    /** One enrollment with its checklist, as the caller sees it. */
    public EnrollmentDetail get(Long id) {
        EnrollmentReads.Visible visible = reads.visible(id);
        return visible.snapshot().detail(visible.actor(), calendar.week(), calendar.today());
    }

    /**
     * The manager's team view: every enrollment they manage (their own excluded), open ones unless
     * completed ones are asked for too, each with the items waiting for a sign-off.
     */
    @Transactional
    public List<TeamRow> team(boolean includeCompleted) {
        Member me = current.member();
        List<Enrollment> managed = access.managed(me).stream().filter(e -> includeCompleted || e.isOpen()).toList();
        Actor actor = Actor.manager(me.id());
        LocalDate today = calendar.today();
        return StoredChecklist.ofAll(managed).values().stream().map(Snapshot::of).map(s -> new TeamRow(
                s.view(calendar.week(), today), s.items(actor, calendar.week(), today).stream()
                        .filter(i -> i.state() == ItemState.AWAITING_SIGN_OFF).toList())).toList();
    }

    /** People the caller may enroll: the active people they manage, by name. */
    @Transactional
    public List<Choice> enrollable() {
        Member me = current.member();
        return people.visibleMembers(me).stream().filter(p -> p.active() && access.manages(me, p.id()))
                .map(p -> new Choice(p.id().toString(), p.name())).toList();
    }

    /** Published onboarding playbooks, by slug and title. */
    @Transactional
    public List<Choice> onboardingPlaybooks() {
        return Playbooks.allByTitle().stream().filter(p -> p.kind() == Kind.ONBOARDING && p.current() > 0)
                .map(p -> new Choice(p.slug(), p.title())).toList();
    }

    /** Creates one enrollment in a version the caller checked, with its first step in the history. */
    public Enrollment start(Long personId, VersionInfo version, LocalDate start, Long byId, Instant now) {
        Enrollment enrollment = Enrollment.start(personId, version, start, byId, now);
        enrollment.persist();
        String detail = "Enrolled in version " + version.number() + ", starting " + start
                + (byId == null ? ", by the rule for new reps." : ".");
        EnrollmentEvent.of(enrollment, Step.ENROLLED, byId, byId != null, now, detail).persist();
        return enrollment;
    }

    /** An onboarding playbook and the version new enrollments pin: its current one. */
    public record Onboarding(PlaybookInfo playbook, VersionInfo version) {
    }

    /** The current version of a published onboarding playbook with checklist items, or null and the reason why not. */
    public static Onboarding publishedOnboarding(String slug, String field, InvalidInput.Collector errors) {
        PlaybookInfo playbook = Playbooks.bySlug(slug.strip()).orElse(null);
        if (playbook == null) {
            errors.add(field, "There is no playbook '" + slug + "'.");
            return null;
        }
        if (playbook.kind() != Kind.ONBOARDING) {
            errors.add(field, playbook.title() + " is a " + playbook.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " playbook; only onboarding playbooks have enrollments.");
            return null;
        }
        VersionInfo version = Playbooks.version(playbook.id(), playbook.current()).orElse(null);
        if (version == null) {
            errors.add(field, playbook.title() + " has no published version yet.");
            return null;
        }
        if (StoredChecklist.itemsOf(List.of(version.id())).isEmpty()) {
            errors.add(field, playbook.title() + " has no checklist items to work through.");
            return null;
        }
        return new Onboarding(playbook, version);
    }

    private static Onboarding chosen(String slug, InvalidInput.Collector errors) {
        if (slug == null || slug.isBlank()) {
            errors.add("playbook", "Choose an onboarding playbook.");
            return null;
        }
        return publishedOnboarding(slug, "playbook", errors);
    }

    private List<EnrollmentView> views(List<Enrollment> enrollments) {
        LocalDate today = calendar.today();
        return StoredChecklist.ofAll(enrollments).values().stream().map(Snapshot::of)
                .map(s -> s.view(calendar.week(), today)).toList();
    }
}
