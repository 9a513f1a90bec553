package dev.goose.kpi.board;

import java.util.List;

import dev.goose.people.CurrentPerson;
import dev.goose.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A rep's KPIs this month on the home page, read once per request and only for reps. */
@Named("kpiHome")
@RequestScoped
public class KpiHome {

    @Inject
    CurrentPerson current;

    @Inject
    BoardService boards;

    private List<Score> scores;

    public List<Score> getScores() {
        if (scores == null) {
            scores = current.isSignedIn() && current.hasRole(Role.REP) ? boards.myMonth() : List.of();
        }
        return scores;
    }
}
