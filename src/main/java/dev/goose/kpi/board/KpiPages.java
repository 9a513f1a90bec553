package dev.goose.kpi.board;

import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.kpi.board.BoardViews.Leaderboard;
import dev.goose.kpi.board.BoardViews.PersonBoard;
import dev.goose.kpi.board.BoardViews.TeamBoard;
import dev.goose.people.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The KPI pages: a rep's own numbers and pace, a rep's as their manager sees them, the team dashboard, leaderboards. */
@Path("/kpis")
@Produces(MediaType.TEXT_HTML)
public class KpiPages {

    @Inject
    BoardService boards;

    @Inject
    Leaderboards leaderboards;

    @CheckedTemplate(basePath = "kpi/board")
    static class Templates {
        static native TemplateInstance person(PersonBoard board);

        static native TemplateInstance team(TeamBoard board);

        static native TemplateInstance leaderboard(Leaderboard board);
    }

    @GET
    @Authenticated
    public TemplateInstance mine(@RestQuery String period, @RestQuery String date) {
        return Templates.person(boards.person(null, period, date));
    }

    @GET
    @Path("people/{id}")
    @Authenticated
    public TemplateInstance person(Long id, @RestQuery String period, @RestQuery String date) {
        return Templates.person(boards.person(id, period, date));
    }

    @GET
    @Path("team")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public TemplateInstance team(@RestQuery Long team, @RestQuery String period, @RestQuery String date) {
        return Templates.team(boards.team(team, period, date));
    }

    @GET
    @Path("leaderboard")
    @Authenticated
    public TemplateInstance leaderboard(@RestQuery String kpi, @RestQuery Long team, @RestQuery String period, @RestQuery String date) {
        return Templates.leaderboard(leaderboards.of(kpi, team, period, date));
    }
}
