package dev.goose.playbook.acknowledgement;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.people.CurrentPerson;
import dev.goose.people.PeopleAccess;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.Role;
import dev.goose.playbook.Playbook;
import dev.goose.playbook.acknowledgement.ReadingViews.Acknowledged;
import dev.goose.playbook.acknowledgement.ReadingViews.PersonReading;
import dev.goose.playbook.acknowledgement.ReadingViews.PersonRef;
import dev.goose.playbook.acknowledgement.ReadingViews.PlaybookReaders;
import dev.goose.playbook.acknowledgement.ReadingViews.Reading;
import dev.goose.playbook.acknowledgement.ReadingViews.ToRead;
import dev.goose.playbook.authoring.PlaybookQueries;
import dev.goose.playbook.authoring.Views.DiffView;
import dev.goose.playbook.authoring.Views.PlaybookView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Read acknowledgements: everyone in a published playbook's audience (everyone, when it names no
 * role) acknowledges its current version once; a major version asks them again, a minor one does
 * not. Managers see who has not, among the people they may see.
 */
@ApplicationScoped
class AcknowledgementService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    PlaybookQueries queries;

    @Inject
    PublishedPlaybooks published;

    /** The playbooks whose current version the caller must acknowledge, by title. */
    @Transactional
    public List<ToRead> mine() {
        return toRead(current.id(), current.role());
    }

    /** The playbooks whose current version the person, who has this role, must acknowledge. */
    @Transactional
    public List<ToRead> toRead(Long personId, Role role) {
        return toRead(role, Acknowledgement.latestOf(personId));
    }

    /** A playbook as the caller reads it: with the changes since the version they last acknowledged. */
    @Transactional
    public Reading reading(String slug) {
        PlaybookView page = queries.view(slug, null);
        PublishedPlaybook playbook = published.bySlug(slug).orElseThrow(() -> new NotFound("The playbook"));
        Optional<Acknowledgement> last = Acknowledgement.latest(current.id(), playbook.id());
        AcknowledgementDue due = playbook.dueFor(current.role(), last.map(a -> a.number).orElse(null));
        DiffView changes = due.diffFrom() == null ? null : queries.diff(slug, due.diffFrom(), page.version().number());
        return new Reading(page, due.required(), playbook.isFor(current.role()), due.diffFrom(), changes,
                last.map(a -> a.number).orElse(null), last.map(a -> a.acknowledgedAt).orElse(null));
    }

    /**
     * Records that the caller read the playbook's current version. Only the current version can be
     * acknowledged (409 with the current number otherwise: the reader has not seen what changed);
     * acknowledging it again changes nothing and says so.
     */
    @Transactional
    public Acknowledged acknowledge(String slug, Integer version) {
        if (slug == null || slug.isBlank()) {
            throw InvalidInput.of("playbook", "Name the playbook you read, by its slug.");
        }
        if (version == null) {
            throw InvalidInput.of("version", "Say which version you read.");
        }
        Playbook playbook = Playbook.bySlug(slug).filter(p -> p.currentNumber > 0)
                .orElseThrow(() -> new NotFound("The playbook"));
        // One person's acknowledgements one at a time: a double click records one row, not a clash.
        People.lock(current.id());
        if (version != playbook.currentNumber) {
            throw new Conflict("Version " + playbook.currentNumber + " of this playbook is current, not version " + version
                    + ": read what changed, then acknowledge version " + playbook.currentNumber + ".", playbook.currentNumber);
        }
        Optional<Acknowledgement> before = Acknowledgement.of(current.id(), playbook.id, version);
        // Microseconds, as the database keeps them: the time answered now is the time read back later.
        Acknowledgement acknowledgement = before
                .orElseGet(() -> Acknowledgement.record(current.id(), playbook.id, version,
                        clock.instant().truncatedTo(ChronoUnit.MICROS)));

        return new Acknowledged(slug, version, acknowledgement.acknowledgedAt, before.isEmpty());
    }

    /** For each published playbook, who among the active people the caller may see has not acknowledged it. */
    @Transactional
    public List<PlaybookReaders> byPlaybook() {
        List<Member> people = visibleActivePeople();
        Map<Long, Map<Long, Integer>> latest = Acknowledgement.latestOf(people.stream().map(Member::id).toList());
        List<PlaybookReaders> readers = new ArrayList<>();
        for (PublishedPlaybook playbook : published.all()) {
            List<Member> audience = people.stream().filter(p -> playbook.isFor(p.role())).toList();
            List<PersonRef> pending = audience.stream()
                    .filter(p -> playbook.dueFor(p.role(), latest.getOrDefault(p.id(), Map.of()).get(playbook.id())).required())
                    .map(p -> new PersonRef(p.id(), p.name(), p.role())).toList();
            readers.add(new PlaybookReaders(playbook.slug(), playbook.title(), playbook.current(), audience.size(),
                    audience.size() - pending.size(), pending));
        }
        return readers;
    }

    /** For each active person the caller may see, what they have yet to acknowledge. */
    @Transactional
    public List<PersonReading> byPerson() {
        List<Member> people = visibleActivePeople();
        Map<Long, Map<Long, Integer>> latest = Acknowledgement.latestOf(people.stream().map(Member::id).toList());
        return people.stream().map(p -> new PersonReading(p.id(), p.name(), p.role(), toRead(p.role(), latest.getOrDefault(p.id(), Map.of()))))
                .toList();
    }

    private List<ToRead> toRead(Role role, Map<Long, Integer> latest) {
        List<ToRead> due = new ArrayList<>();
        for (PublishedPlaybook playbook : published.all()) {
            AcknowledgementDue d = playbook.dueFor(role, latest.get(playbook.id()));
            if (d.required()) {
                due.add(new ToRead(playbook.slug(), playbook.title(), playbook.current(), playbook.currentIsMajor(), d.diffFrom()));
            }
        }
        return due;
    }

    private List<Member> visibleActivePeople() {
        return access.visibleMembers(current.member()).stream().filter(Member::active).toList();
    }
}
