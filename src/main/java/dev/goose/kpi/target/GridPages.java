package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.target.GridViews.CellChange;
import dev.goose.kpi.target.GridViews.Grid;
import dev.goose.people.Role;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The target grid as a page: a team's reps by KPIs for one period, one number input a cell, one
 * Save. Every cell posts its rep, KPI and value in table order, so that error {@code cells[i]}
 * lands on the i-th cell.
 */
@Path("/kpis/targets/grid")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
public class GridPages {

    @Inject
    TargetGrid grid;

    @Inject
    TargetService targets;

    /** One cell as shown: its place in the form, the value as typed or stored, and its error. */
    public record PageCell(int index, Long person, String kpi, String value, String error, String hint) {
    }

    public record PageRow(Long person, String name, List<PageCell> cells) {
    }

    @CheckedTemplate(basePath = "kpi/target")
    static class Templates {
        static native TemplateInstance grid(Grid grid, List<PageRow> rows, List<TargetService.Option> teams,
                String period, String error, String notice);

        static native TemplateInstance noTeam();
    }

    @GET
    public TemplateInstance show(@RestQuery Long team, @RestQuery String kind, @RestQuery LocalDate period,
            @RestQuery String done) {
        List<TargetService.Option> teams = teams();
        if (team == null && teams.isEmpty()) {
            return Templates.noTeam();
        }
        Long chosen = team != null ? team : Long.valueOf(teams.get(0).value());
        Grid shown = grid.grid(chosen, kind == null || kind.isBlank() ? "month" : kind, period);
        return Templates.grid(shown, rows(shown, List.of(), Map.of()), teams, shown.periodStart().toString(), null,
                Notice.of(done));
    }

    @POST
    public Response save(@RestForm Long team, @RestForm String kind, @RestForm LocalDate period,
            @RestForm List<Long> person, @RestForm List<String> kpi, @RestForm List<String> value) {
        List<String> typed = value == null ? List.of() : value;
        try {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            List<CellChange> cells = new ArrayList<>();
            for (int i = 0; i < typed.size() && i < person.size() && i < kpi.size(); i++) {
                BigDecimal number = errors.parse("cells[" + i + "].value", typed.get(i), BigDecimal::new,
                        "Enter a number, or leave it empty for no target.");
                cells.add(new CellChange(person.get(i), kpi.get(i), number));
            }
            errors.throwIfAny();
            Grid saved = grid.save(team, kind, period, cells);
            return Response.seeOther(URI.create("/kpis/targets/grid?team=" + saved.team() + "&kind=" + saved.kind()
                    + "&period=" + saved.periodStart() + "&done=saved")).build();
        } catch (InvalidInput e) {
            Grid shown = grid.grid(team, kind, period);
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.grid(shown, rows(shown, typed, e.byField()),
                    teams(), shown.periodStart().toString(), e.getMessage(), null)).build();
        }
    }

    private List<TargetService.Option> teams() {
        return targets.choices().subjects().stream().filter(o -> o.value().startsWith("team:"))
                .map(o -> new TargetService.Option(o.value().substring(5), o.label().replace(" (team)", ""))).toList();
    }

    /** The grid's cells numbered in table order, showing what was typed and the error, if any, of each. */
    private static List<PageRow> rows(Grid grid, List<String> typed, Map<String, String> errors) {
        List<PageRow> rows = new ArrayList<>();
        int index = 0;
        for (GridViews.Row row : grid.rows()) {
            List<PageCell> cells = new ArrayList<>();
            for (GridViews.Cell cell : row.cells()) {
                String value = index < typed.size() ? typed.get(index) : cell.valueShown();
                String hint = cell.target() == null ? null : "from " + cell.firstPeriod()
                        + (cell.ramp() == null ? "" : ", ramp " + cell.ramp() + " %, this period "
                                + TargetView.shown(cell.effective().setScale(1, java.math.RoundingMode.HALF_UP)));
                String error = errors.getOrDefault("cells[" + index + "].value", errors.getOrDefault("cells[" + index + "]",
                        errors.get("cells[" + index + "].kpi")));
                cells.add(new PageCell(index, row.person(), cell.kpi(), value == null ? "" : value, error, hint));
                index++;
            }
            rows.add(new PageRow(row.person(), row.name(), cells));
        }
        return rows;
    }
}
