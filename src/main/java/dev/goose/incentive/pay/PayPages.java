package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.people.Role;
import dev.goose.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The pay pages: a statement (one's own, or of someone one leads), accepting one's plan, and the team's pay with its assignments. */
@Path("/pay")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PayPages {

    @Inject
    PayService pay;

    @Inject
    WhatIfs whatIfs;

    @Inject
    AssignmentService assignments;

    @Inject
    ReviewService reviews;

    @Inject
    java.time.Clock clock;

    @Inject
    DisputeService disputes;

    /** The assignment form as typed; subject is "person:12" or "team:3". */
    public record Form(String plan, String subject, String startsOn) {
    }

    @CheckedTemplate(basePath = "incentive/pay")
    static class Templates {
        static native TemplateInstance statement(PayViews.Statement statement, boolean own, PayViews.CurrentPlan plan,
                PayViews.Outlook outlook, Map<String, String> errors, String notice);

        static native TemplateInstance dealPay(PayService.DealPay pay);

        static native TemplateInstance whatIf(List<String> amounts, List<WhatIfs.Activity> activities, Map<String, String> activity,
                WhatIfs.WhatIf result, Map<String, String> errors);

        static native TemplateInstance team(List<PayViews.MemberPay> members, List<PayViews.PoolProgress> pools, List<PayViews.Dispute> disputes,
                List<PayViews.Assignment> assignments,
                AssignmentService.Choices choices, Form form, Map<String, String> errors, String notice);
    }

    @GET
    public TemplateInstance statement(@RestQuery Long person, @RestQuery LocalDate period, @RestQuery String done) {
        return page(person, period, Map.of(), Notice.of(done));
    }

    @POST
    @Path("accept")
    public Response accept(@RestForm String plan, @RestForm Integer version, @RestForm String name) {
        try {
            pay.accept(new PayService.AcceptRequest(plan, version, name));
            return Response.seeOther(URI.create("/pay?done=plan-accepted")).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(null, null, e.byField(), null)).build();
        } catch (Conflict e) {
            return Response.status(Response.Status.CONFLICT).entity(page(null, null, Map.of("", e.getMessage()), null)).build();
        }
    }

    @POST
    @Path("approve")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response approve(@RestForm Long person, @RestForm LocalDate period) {
        return act(person, period, "statement-approved", () -> reviews.approve(new ReviewService.ApproveRequest(person, period)));
    }

    @POST
    @Path("disputes")
    public Response dispute(@RestForm LocalDate period, @RestForm Integer line, @RestForm String comment) {
        return act(null, period, "dispute-opened", () -> disputes.open(new DisputeService.OpenRequest(period, line, comment)));
    }

    @POST
    @Path("disputes/{dispute}/reply")
    public Response reply(Long dispute, @RestForm Long person, @RestForm LocalDate period, @RestForm String body) {
        return act(person, period, "dispute-answered", () -> disputes.reply(dispute, new DisputeService.MessageRequest(body)));
    }

    @POST
    @Path("disputes/{dispute}/resolve")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response resolve(Long dispute, @RestForm Long person, @RestForm LocalDate period, @RestForm String amount,
            @RestForm String reason) {
        return act(person, period, "dispute-resolved", () -> disputes.resolve(dispute, new DisputeService.ResolveRequest(amount(amount), reason)));
    }

    /** Runs a form's action, then shows the statement again: with its notice when done, with the errors where they belong when not. */
    private Response act(Long person, LocalDate period, String done, Runnable action) {
        try {
            action.run();
            String query = (person == null ? "" : "person=" + person + "&") + (period == null ? "" : "period=" + period + "&");
            return Response.seeOther(URI.create("/pay?" + query + "done=" + done)).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(person, period, e.byField(), null)).build();
        } catch (Conflict e) {
            return Response.status(Response.Status.CONFLICT).entity(page(person, period, Map.of("", e.getMessage()), null)).build();
        }
    }

    /** An amount as typed, such as "150" or "-20.50"; blank is none. */
    private static BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("amount", "Write an amount such as 150.00, or leave it empty to resolve with the reason alone.");
        }
    }

    private TemplateInstance page(Long person, LocalDate period, Map<String, String> errors, String notice) {
        PayViews.Statement statement = pay.statement(person, period);
        boolean own = person == null;
        Optional<PayViews.CurrentPlan> plan = own ? pay.currentPlan(null) : Optional.empty();
        LocalDate today = LocalDate.now(clock);
        boolean current = !today.isBefore(statement.start()) && !today.isAfter(statement.end());
        Optional<PayViews.Outlook> outlook = own && current ? pay.outlook() : Optional.empty();
        return Templates.statement(statement, own, plan.orElse(null), outlook.orElse(null), errors, notice);
    }

    /**
     * The what-if calculator: the statement this period as if deals of the amounts typed were won today and
     * the activity typed (query parameters {@code more.<kpi key>}) were done today.
     */
    @GET
    @Path("what-if")
    public Response whatIf(@RestQuery("amount") List<String> amount, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        List<String> typed = new java.util.ArrayList<>(amount == null ? List.of() : amount.subList(0, Math.min(amount.size(), 5)));
        while (typed.size() < 3) {
            typed.add("");
        }
        Map<String, String> activity = new java.util.LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith("more.") && activity.size() < 20 && !values.isEmpty()) {
                activity.put(name.substring("more.".length()), values.get(0));
            }
        });
        List<WhatIfs.Activity> activities = whatIfs.activities();
        if (typed.stream().allMatch(String::isBlank) && activity.values().stream().allMatch(v -> v == null || v.isBlank())) {
            return Response.ok(Templates.whatIf(typed, activities, activity, null, Map.of())).build();
        }
        try {
            return Response.ok(Templates.whatIf(typed, activities, activity, whatIfs.compute(typed, activity), Map.of())).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.whatIf(typed, activities, activity, null, e.byField())).build();
        } catch (Conflict e) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.whatIf(typed, activities, activity, null,
                    Map.of("", e.getMessage()))).build();
        }
    }

    /** A deal page's line on pay: what closing the deal today would add, for those who may see it; nothing for others. */
    @GET
    @Path("deals/{deal}")
    public TemplateInstance dealPay(Long deal) {
        return Templates.dealPay(pay.dealPay(deal).orElse(null));
    }

    /** In one transaction, which only reads: the services it asks then read the signed-in person and the plans once. */
    @GET
    @Path("team")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    @Transactional
    public TemplateInstance team(@RestQuery String done) {
        return teamPage(new Form("", "", ""), Map.of(), Notice.of(done));
    }

    @POST
    @Path("assignments")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response assign(@RestForm String plan, @RestForm String subject, @RestForm String startsOn) {
        Form form = new Form(plan, subject, startsOn);
        Long id = subjectId(subject);
        boolean team = subject != null && subject.startsWith("team:");
        try {
            assignments.assign(new AssignmentService.Request(plan, team ? null : id, team ? id : null, startsOn));
            return Response.seeOther(URI.create("/pay/team?done=plan-assigned")).build();
        } catch (InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(teamPage(form, e.byField(), null)).build();
        } catch (Conflict e) {
            return Response.status(Response.Status.CONFLICT).entity(teamPage(form, Map.of("", e.getMessage()), null)).build();
        }
    }

    @POST
    @Path("assignments/{assignment}/delete")
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public Response remove(Long assignment) {
        assignments.remove(assignment);
        return Response.seeOther(URI.create("/pay/team?done=removed")).build();
    }

    private TemplateInstance teamPage(Form form, Map<String, String> errors, String notice) {
        PayService.TeamPay team = pay.teamPage();
        return Templates.team(team.members(), team.pools(), disputes.openForTeam(), assignments.list(), assignments.choices(), form, errors, notice);
    }

    /** The id in "person:12" or "team:3"; null for anything else, which the service then names as missing. */
    private static Long subjectId(String subject) {
        if (subject == null || !subject.matches("(person|team):\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(subject.substring(subject.indexOf(':') + 1));
    }
}
