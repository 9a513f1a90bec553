package dev.goose.kpi.funnel;

import java.util.List;

import dev.goose.kpi.funnel.FunnelViews.Choice;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.pipeline.Pipelines;
import dev.goose.pipeline.Pipelines.StageView;

/** The options of the funnel page's filter form; callers pass only what the viewer may see. */
final class FunnelChoices {

    private FunnelChoices() {
    }

    static List<Choice> pipelines() {
        return Pipelines.allByName().stream().map(p -> new Choice(p.key(), p.name())).toList();
    }

    static List<Choice> teams(List<TeamInfo> visible) {
        return visible.stream().map(t -> new Choice(t.id().toString(), t.name())).toList();
    }

    static List<Choice> people(List<Member> visible) {
        return visible.stream().map(p -> new Choice(p.id().toString(), p.name())).toList();
    }

    static List<Choice> stages(List<StageView> stages) {
        return stages.stream().map(s -> new Choice(s.key(), s.name())).toList();
    }
}
