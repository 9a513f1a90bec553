package dev.goose.incentive.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;

import dev.goose.cache.Caches;
import dev.goose.incentive.plan.PlanBlock;
import dev.goose.incentive.plan.PlanParser;
import dev.goose.incentive.plan.Statements;
import dev.goose.playbook.Playbooks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every published version of a playbook's plan, parsed. A published version never changes, so its
 * parsed plan is kept by what it was parsed from, and a statement parses only blocks it has not seen.
 */
@ApplicationScoped
class PlanVersions {

    @Inject
    Caches caches;

    /** A version's number and its block's text as written, which is all its parsed plan depends on. */
    private record Key(int number, String content, int firstLine) {
    }

    private Cache<Key, Optional<Statements.Version>> parsed;

    /** A playbook's plan versions by its id and current version number: published versions never change, a new one has a new number. */
    private Cache<String, List<Statements.Version>> lists;

    @PostConstruct
    void init() {
        parsed = caches.kept("plan-versions", 2_000);
        lists = caches.kept("plan-version-lists", 1_000);
    }

    /**
     * The versions of the playbook's plan, oldest first. A version without a plan block, or with one
     * published before plans were read, is left out: it pays nothing.
     */
    List<Statements.Version> of(Long playbookId) {
        Playbooks.PlaybookInfo playbook = Playbooks.byIds(List.of(playbookId)).get(playbookId);
        if (playbook == null) {
            return List.of();
        }
        return lists.get(playbookId + "@" + playbook.current(), k -> read(playbookId));
    }

    private List<Statements.Version> read(Long playbookId) {
        List<Statements.Version> versions = new ArrayList<>();
        for (Playbooks.VersionBlock block : Playbooks.blocksOf(playbookId, PlanBlock.INFO)) {
            Key key = new Key(block.version().number(), block.source().content(), block.source().firstLine());
            parsed.get(key, k -> {
                PlanParser.Parsed plan = PlanParser.parse(block.source().content(), block.source().firstLine());
                return plan.ok() ? Optional.of(new Statements.Version(block.version().number(), plan.plan())) : Optional.empty();
            }).ifPresent(versions::add);
        }
        return List.copyOf(versions);
    }
}
