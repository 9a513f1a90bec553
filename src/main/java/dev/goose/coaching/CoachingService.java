package dev.goose.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.goose.coaching.signal.Signal;
import dev.goose.coaching.signal.SignalRules;
import dev.goose.coaching.signal.Snoozes;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Role;
import dev.goose.pipeline.Deals;
import dev.goose.playbook.StageGuides;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The coaching signals of the reps the caller leads (everyone for an admin; a rep, their own), raised
 * by {@link SignalRules} from what the other features hold. So far it raises stalled deals, each linked
 * to its deal and to the first script section of its stage.
 */
@ApplicationScoped
public class CoachingService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess access;

    @Inject
    StageGuides guides;

    /** One rep's signals, most urgent first. */
    public record RepSignals(Long personId, String name, List<SignalView> signals) {
    }

    /** A signal as the API and page show it. */
    public record SignalView(String kind, String key, int urgency, String words, String evidence, String help) {

        static SignalView of(Signal s) {
            return new SignalView(s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), s.key(), s.urgency(), s.words(),
                    s.evidence(), s.help());
        }
    }

    /** The signals by rep, the rep with the most urgent one first; reps without any are left out. */
    @Transactional
    public List<RepSignals> signals() {
        Member viewer = current.member();
        Map<Long, Member> reps = access.visibleMembers(viewer).stream().filter(m -> m.active() && m.role() == Role.REP)
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Instant now = clock.instant();
        List<Signal> raised = new ArrayList<>();
        for (Deals.Stay stay : Deals.openStays(reps.keySet())) {
            // Whole days since it entered the stage, as the deal page counts them for its stalled mark.
            int days = (int) Duration.between(stay.enteredAt(), now).toDays();
            String help = guides.forStage(stay.stageKey()).stream().findFirst().map(g -> "/playbooks/" + g.slug() + "#" + g.anchor()).orElse(null);
            SignalRules.stalled(new SignalRules.StageStay(stay.ownerId(), stay.dealId(), stay.name(), stay.stageName(), days, stay.stallDays(),
                    "/deals/" + stay.dealId(), help)).ifPresent(raised::add);
        }
        return Snoozes.byPerson(raised, List.of()).entrySet().stream()
                .map(e -> new RepSignals(e.getKey(), reps.get(e.getKey()).name(), e.getValue().stream().map(SignalView::of).toList())).toList();
    }
}
