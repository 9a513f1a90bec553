package dev.goose.kpi.board;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.kpi.board.BoardViews.AttainmentView;
import dev.goose.kpi.board.BoardViews.LeaderEntry;
import dev.goose.kpi.board.BoardViews.LeaderboardView;
import dev.goose.kpi.board.BoardViews.PersonBoard;
import dev.goose.kpi.board.BoardViews.ScoreView;
import dev.goose.kpi.board.BoardViews.TeamAttainmentView;
import dev.goose.kpi.board.BoardViews.TeamBoard;
import dev.goose.people.Role;
import dev.goose.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Attainment and pace as JSON, exact: actual, target after ramps, actual over target, where pace
 * expects the actual by today and a status; and leaderboards. Periods are "week", "month" or
 * "quarter" holding the date given (today in the team's time zone by default).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPI attainment", description = "Actuals against targets, pace and leaderboards")
@APIResponse(responseCode = "400", description = "Unknown period, KPI or a bad date, named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such person or team, or out of the caller's sight",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class KpiBoardApi {

    @Inject
    BoardService boards;

    @Inject
    Leaderboards leaderboards;

    @GET
    @Path("kpi-attainment")
    @Authenticated
    @Operation(summary = "A person's KPIs for a period (the caller's own by default): actual, target, attainment, pace and status")
    public AttainmentView person(@RestQuery Long person, @RestQuery String period, @RestQuery String date) {
        PersonBoard board = boards.person(person, period, date);
        return new AttainmentView(board.personId(), board.personName(), board.period(), scores(board.scores()));
    }

    @GET
    @Path("kpi-attainment/teams/{team}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Operation(summary = "A team's KPIs for a period, the team's line and each rep's (managers of the team, admins)")
    public TeamAttainmentView team(Long team, @RestQuery String period, @RestQuery String date) {
        TeamBoard board = boards.team(team, period, date);
        List<AttainmentView> reps = board.reps().stream()
                .map(r -> new AttainmentView(r.personId(), r.name(), board.period(), scores(r.scores()))).toList();
        return new TeamAttainmentView(board.teamId(), board.teamName(), board.period(), scores(board.teamScores()), reps);
    }

    @GET
    @Path("leaderboard")
    @Authenticated
    @Operation(summary = "Reps ranked on one KPI for a period: a rep's own team, a manager's people or one team, an admin's everyone")
    public LeaderboardView leaderboard(@RestQuery String kpi, @RestQuery Long team, @RestQuery String period, @RestQuery String date) {
        var board = leaderboards.of(kpi, team, period, date);
        return new LeaderboardView(board.kpi(), board.period(), board.rows().stream()
                .map(r -> new LeaderEntry(r.rank(), r.personId(), r.name(), ScoreView.of(r.score()))).toList());
    }

    private static List<ScoreView> scores(List<Score> scores) {
        return scores.stream().map(ScoreView::of).toList();
    }
}
