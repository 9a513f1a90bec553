package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The deal page's credit card: who is credited with the deal, and for managers and admins the form that splits it. */
@Path("/deals/{id}/credits")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CreditPages {

    /** Empty rows the form offers below the shares already set, for the people a split adds. */
    private static final int SPARE_ROWS = 2;

    @Inject
    CreditService credits;

    /** A row of the form as typed: a person's id and a percent, either blank. */
    public record Row(String personId, String percent) {
    }

    /** Someone the form can credit. */
    public record Choice(String id, String name) {
    }

    @CheckedTemplate(basePath = "pipeline/deal")
    static class Templates {
        static native TemplateInstance credits(CreditService.Credits credits, List<Row> rows, List<Choice> people, String notice,
                String error);
    }

    @GET
    public TemplateInstance card(Long id) {
        CreditService.Credits now = credits.of(id);
        return card(now, rowsOf(now), null, null);
    }

    /** Rows left blank are skipped; the rest is checked whole, and nothing is saved while a row is wrong. */
    @POST
    public Response save(Long id, @RestForm List<String> person, @RestForm List<String> percent, @RestHeader("HX-Request") String htmx) {
        List<Row> rows = new ArrayList<>();
        List<CreditService.Share> shares = new ArrayList<>();
        InvalidInput.Collector typos = new InvalidInput.Collector();
        for (int i = 0; i < Math.max(person.size(), percent.size()); i++) {
            String who = i < person.size() ? person.get(i) : "";
            String share = i < percent.size() ? percent.get(i) : "";
            if (who.isBlank() && share.isBlank()) {
                continue;
            }
            rows.add(new Row(who, share));
            Long personId = typos.parse("credits", who, Long::valueOf, "Choose who is credited from the list.");
            BigDecimal value = typos.parse("credits", share.replace("%", ""), BigDecimal::new, "Give each share as a number such as 50, not '"
                    + share + "'.");
            shares.add(new CreditService.Share(personId, value));
        }
        try {
            typos.throwIfAny();
            CreditService.Credits saved = credits.set(id, new CreditService.Request(shares));
            if (htmx == null) {
                return Response.seeOther(URI.create("/deals/" + id + "?done=credit-split")).build();
            }
            return Response.ok(card(saved, rowsOf(saved), dev.goose.web.Notice.of("credit-split"), null)).build();
        } catch (InvalidInput | NotAllowed e) {
            CreditService.Credits now = credits.of(id);
            rows.addAll(List.of(new Row("", ""), new Row("", "")));
            return Response.status(e instanceof NotAllowed ? 403 : 400).entity(card(now, rows, null, message(e))).build();
        }
    }

    private static String message(RuntimeException e) {
        if (e instanceof InvalidInput invalid) {
            return String.join(" ", invalid.errors().stream().map(dev.goose.errors.FieldError::message).distinct().toList());
        }
        return e.getMessage();
    }

    private static TemplateInstance card(CreditService.Credits now, List<Row> rows, String notice, String error) {
        List<Choice> people = !now.editable() ? List.of() : People.allActive().stream()
                .sorted(Comparator.comparing((Member m) -> m.name().toLowerCase(Locale.ROOT))).map(m -> new Choice(String.valueOf(m.id()), m.name())).toList();
        return Templates.credits(now, rows, people, notice, error);
    }

    private static List<Row> rowsOf(CreditService.Credits now) {
        List<Row> rows = new ArrayList<>();
        now.credits().forEach(c -> rows.add(new Row(String.valueOf(c.personId()), c.percentShown())));
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new Row("", ""));
        }
        return rows;
    }
}
