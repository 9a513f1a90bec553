package dev.goose.pipeline.crm;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.people.CurrentPerson;
import dev.goose.pipeline.deal.Deal;
import dev.goose.pipeline.deal.DealAccess;
import dev.goose.pipeline.deal.DealService;
import dev.goose.pipeline.deal.DealViews.DealGuides;
import dev.goose.pipeline.stage.Stage;
import dev.goose.playbook.StageGuides;
import dev.goose.web.EncodedOnce;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * For a card in the sidebar of the CRM a team already uses: the stage guides of a stage, or of a
 * deal known by its id in that CRM. Called with a personal API token (Authorization: Bearer goose_…).
 */
@Path("/embed/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Embed", description = "Stage guides for a CRM sidebar card, with a personal API token")
public class EmbedApi {

    @Inject
    StageGuides guides;

    @Inject
    DealService deals;

    @Inject
    DealAccess access;

    @Inject
    CurrentPerson current;

    /** A guide as the card shows it: the script's HTML and its exit items. */
    public record EmbedGuide(String playbook, String playbookTitle, int version, String anchor, String title, @JsonSerialize(using = EncodedOnce.class) String html,
            List<String> exitItems) {
    }

    @GET
    @Path("guides")
    @Authenticated
    @Transactional
    @Operation(summary = "The stage guides of a stage key; guides are linked by key, so it may be a stage of any pipeline")
    public List<EmbedGuide> forStage(@RestQuery String stage) {
        List<String> keys = Stage.allKeys();
        if (stage == null || !keys.contains(stage)) {
            throw InvalidInput.of("stage", "Name a stage of a pipeline: " + String.join(", ", keys) + ".");
        }
        return guides.forStage(stage).stream().map(g -> new EmbedGuide(g.slug(), g.playbookTitle(), g.version(), g.anchor(),
                g.title(), g.html(), g.items().stream().map(i -> i.text()).toList())).toList();
    }

    @GET
    @Path("deals/{externalId}/guides")
    @Authenticated
    @Transactional
    @Operation(summary = "The stage guides of a deal known by its id in the CRM, with its exit items ticked or not")
    public DealGuides forDeal(String externalId, @RestQuery String source) {
        Deal deal = Deal.<Deal>find("externalId = ?1 and (?2 is null or source = ?2)", externalId, source).firstResult();
        if (deal == null || !access.canSee(current.member(), deal)) {
            throw new NotFound("The deal");
        }
        return deals.guides(deal.id);
    }
}
