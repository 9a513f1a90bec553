package dev.goose.web;

import static dev.goose.testing.TestPeople.PASSWORD;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.people.Team;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestKpis;
import dev.goose.testing.TestOnboarding;
import dev.goose.testing.TestPlaybook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.HttpMethod;

/**
 * Every endpoint that exists, called by nobody, a rep, a manager and an admin. The last test
 * fails when an endpoint is added without a row here, so no endpoint escapes this matrix.
 */
@QuarkusTest
class RoleMatrixTest {

    /** Expected status for anonymous, rep, manager and admin. {id} is a rep on the manager's team; {team} that team. */
    record Case(String method, String path, int anonymous, int rep, int manager, int admin) {
        String key() {
            return method + " " + path;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("GET", "/api/v1/me", 401, 200, 200, 200),
            new Case("GET", "/api/v1/people", 401, 403, 200, 200),
            new Case("POST", "/api/v1/people", 401, 403, 403, 400),
            new Case("GET", "/api/v1/people/{id}", 401, 403, 200, 200),
            new Case("PUT", "/api/v1/people/{id}", 401, 403, 403, 400),
            new Case("POST", "/api/v1/people/{id}/deactivate", 401, 403, 403, 200),
            new Case("POST", "/api/v1/people/{id}/activate", 401, 403, 403, 200),
            new Case("POST", "/api/v1/people/{id}/unlock", 401, 403, 403, 200),
            new Case("GET", "/api/v1/teams", 401, 403, 200, 200),
            new Case("POST", "/api/v1/teams", 401, 403, 403, 400),
            new Case("GET", "/api/v1/teams/{team}", 401, 403, 200, 200),
            new Case("PUT", "/api/v1/teams/{team}", 401, 403, 403, 400),
            new Case("POST", "/api/v1/teams/{team}/deactivate", 401, 403, 403, 200),
            new Case("POST", "/api/v1/teams/{team}/activate", 401, 403, 403, 200),
            new Case("GET", "/api/v1/playbooks", 401, 200, 200, 200),
            new Case("POST", "/api/v1/playbooks", 401, 403, 400, 400),
            new Case("GET", "/api/v1/playbooks/search", 401, 200, 200, 200),
            new Case("GET", "/api/v1/playbooks/review-due", 401, 200, 200, 200),
            new Case("POST", "/api/v1/playbooks/sync", 401, 403, 403, 200),
            new Case("GET", "/api/v1/playbooks/sync", 401, 403, 403, 200),
            new Case("POST", "/api/v1/playbooks/preview", 401, 403, 200, 200),
            new Case("GET", "/api/v1/playbooks/{slug}", 401, 200, 200, 200),
            new Case("GET", "/api/v1/playbooks/{slug}/versions", 401, 200, 200, 200),
            new Case("POST", "/api/v1/playbooks/{slug}/versions", 401, 403, 400, 400),
            new Case("GET", "/api/v1/playbooks/{slug}/versions/{number}", 401, 200, 200, 200),
            new Case("GET", "/api/v1/playbooks/{slug}/diff", 401, 400, 400, 400),
            new Case("GET", "/api/v1/playbooks/{slug}/draft", 401, 403, 200, 200),
            new Case("PUT", "/api/v1/playbooks/{slug}/draft", 401, 403, 400, 400),
            new Case("DELETE", "/api/v1/playbooks/{slug}/draft", 401, 403, 204, 204),
            new Case("POST", "/api/v1/playbooks/{slug}/review", 401, 403, 404, 404),
            new Case("POST", "/api/v1/playbooks/{slug}/review/approve", 401, 403, 404, 404),
            new Case("POST", "/api/v1/playbooks/{slug}/review/send-back", 401, 403, 404, 404),
            new Case("PUT", "/api/v1/playbooks/{slug}/review-required", 401, 403, 403, 204),
            new Case("GET", "/playbooks", 302, 200, 200, 200),
            new Case("POST", "/playbooks", 302, 403, 400, 400),
            new Case("GET", "/playbooks/search", 302, 200, 200, 200),
            new Case("POST", "/playbooks/sync", 302, 403, 403, 303),
            new Case("GET", "/playbooks/sync", 302, 403, 403, 200),
            new Case("GET", "/playbooks/new", 302, 403, 200, 200),
            new Case("POST", "/playbooks/preview", 302, 403, 200, 200),
            new Case("GET", "/playbooks/{slug}", 302, 200, 200, 200),
            new Case("GET", "/playbooks/{slug}/diff", 302, 200, 200, 200),
            new Case("GET", "/playbooks/{slug}/edit", 302, 403, 200, 200),
            new Case("POST", "/playbooks/{slug}/draft", 302, 403, 400, 400),
            new Case("POST", "/playbooks/{slug}/draft/discard", 302, 403, 303, 303),
            new Case("POST", "/playbooks/{slug}/publish", 302, 403, 400, 400),
            new Case("POST", "/playbooks/{slug}/review", 302, 403, 404, 404),
            new Case("POST", "/playbooks/{slug}/review/approve", 302, 403, 404, 404),
            new Case("POST", "/playbooks/{slug}/review/send-back", 302, 403, 404, 404),
            new Case("POST", "/playbooks/{slug}/review-required", 302, 403, 403, 303),
            new Case("GET", "/api/v1/acknowledgements/to-read", 401, 200, 200, 200),
            new Case("POST", "/api/v1/acknowledgements", 401, 400, 400, 400),
            new Case("GET", "/api/v1/acknowledgements/outstanding/playbooks", 401, 403, 200, 200),
            new Case("GET", "/api/v1/acknowledgements/outstanding/people", 401, 403, 200, 200),
            new Case("GET", "/to-read", 302, 200, 200, 200),
            new Case("GET", "/to-read/{slug}", 302, 200, 200, 200),
            new Case("POST", "/to-read/{slug}/acknowledge", 302, 400, 400, 400),
            new Case("GET", "/acknowledgements", 302, 403, 200, 200),
            new Case("GET", "/api/v1/pipelines", 401, 200, 200, 200),
            new Case("POST", "/api/v1/pipelines", 401, 403, 400, 400),
            new Case("GET", "/api/v1/pipelines/{pipeline}", 401, 200, 200, 200),
            new Case("PUT", "/api/v1/pipelines/{pipeline}", 401, 403, 400, 400),
            new Case("POST", "/api/v1/pipelines/{pipeline}/default", 401, 403, 200, 200),
            new Case("GET", "/pipelines", 302, 403, 200, 200),
            new Case("GET", "/pipelines/new", 302, 403, 200, 200),
            new Case("POST", "/pipelines", 302, 403, 400, 400),
            new Case("GET", "/pipelines/{pipeline}", 302, 403, 200, 200),
            new Case("POST", "/pipelines/{pipeline}/default", 302, 403, 303, 303),
            new Case("GET", "/admin/crm", 302, 403, 403, 200),
            new Case("POST", "/admin/crm", 302, 403, 403, 400),
            new Case("POST", "/admin/crm/{source}/mappings", 302, 403, 403, 404),
            new Case("POST", "/admin/crm/{source}/settings", 302, 403, 403, 404),
            new Case("POST", "/admin/crm/{source}/replay", 302, 403, 403, 404),
            new Case("POST", "/pipelines/{pipeline}", 302, 403, 400, 400),
            new Case("GET", "/api/v1/deals", 401, 200, 200, 200),
            new Case("POST", "/api/v1/deals", 401, 400, 400, 400),
            new Case("GET", "/api/v1/deals/export", 401, 200, 200, 200),
            new Case("POST", "/api/v1/deals/import", 401, 200, 200, 200),
            new Case("GET", "/api/v1/deals/{deal}", 401, 200, 200, 200),
            new Case("PUT", "/api/v1/deals/{deal}", 401, 400, 400, 400),
            new Case("POST", "/api/v1/deals/{deal}/stage", 401, 400, 400, 400),
            new Case("POST", "/api/v1/deals/{deal}/close", 401, 400, 400, 400),
            new Case("GET", "/api/v1/deals/{deal}/guides", 401, 200, 200, 200),
            new Case("PUT", "/api/v1/deals/{deal}/ticks", 401, 400, 400, 400),
            new Case("GET", "/api/v1/deals/{deal}/history", 401, 200, 200, 200),
            new Case("GET", "/api/v1/deals/{deal}/credits", 401, 200, 200, 200),
            new Case("PUT", "/api/v1/deals/{deal}/credits", 401, 403, 400, 400),
            new Case("GET", "/deals", 302, 200, 200, 200),
            new Case("POST", "/deals", 302, 400, 400, 400),
            new Case("GET", "/deals/new", 302, 200, 200, 200),
            new Case("GET", "/deals/list", 302, 200, 200, 200),
            new Case("GET", "/deals/import", 302, 200, 200, 200),
            new Case("POST", "/deals/import", 302, 400, 400, 400),
            new Case("GET", "/deals/export.csv", 302, 200, 200, 200),
            new Case("GET", "/deals/{deal}", 302, 200, 200, 200),
            new Case("GET", "/deals/{deal}/edit", 302, 200, 200, 200),
            new Case("GET", "/deals/{deal}/credits", 302, 200, 200, 200),
            new Case("POST", "/deals/{deal}/credits", 302, 403, 303, 303),
            new Case("POST", "/deals/{deal}", 302, 400, 400, 400),
            new Case("POST", "/deals/{deal}/ticks", 302, 400, 400, 400),
            new Case("POST", "/deals/{deal}/stage", 302, 400, 400, 400),
            new Case("GET", "/deals/{deal}/call", 302, 200, 200, 200),
            new Case("GET", "/playbooks/{slug}/sections/{anchor}", 302, 200, 200, 200),
            new Case("POST", "/deals/{deal}/close", 302, 303, 303, 303),
            new Case("POST", "/api/v1/webhooks/{source}", 404, 404, 404, 404),
            new Case("GET", "/api/v1/crm-sources", 401, 403, 403, 200),
            new Case("POST", "/api/v1/crm-sources", 401, 403, 403, 400),
            new Case("GET", "/api/v1/crm-sources/{source}/mappings", 401, 403, 403, 404),
            new Case("PUT", "/api/v1/crm-sources/{source}/mappings", 401, 403, 403, 400),
            new Case("PUT", "/api/v1/crm-sources/{source}", 401, 403, 403, 404),
            new Case("GET", "/api/v1/crm-sources/{source}/skipped", 401, 403, 403, 404),
            new Case("POST", "/api/v1/crm-sources/{source}/skipped/replay", 401, 403, 403, 404),
            new Case("GET", "/embed/v1/guides", 401, 401, 401, 401),
            new Case("GET", "/embed/v1/deals/{externalId}/guides", 401, 401, 401, 401),
            new Case("GET", "/account/tokens", 302, 200, 200, 200),
            new Case("POST", "/account/tokens", 302, 400, 400, 400),
            new Case("POST", "/account/tokens/{id}/revoke", 302, 404, 404, 404),
            new Case("GET", "/", 302, 200, 200, 200),
            new Case("GET", "/login", 200, 303, 303, 303),
            new Case("POST", "/login", 401, 401, 401, 401),
            new Case("POST", "/logout", 302, 303, 303, 303),
            new Case("GET", "/account/password", 302, 200, 200, 200),
            new Case("POST", "/account/password", 302, 400, 400, 400),
            new Case("GET", "/people", 302, 403, 200, 200),
            new Case("POST", "/people", 302, 403, 403, 400),
            new Case("GET", "/people/new", 302, 403, 403, 200),
            new Case("GET", "/people/{id}", 302, 403, 200, 200),
            new Case("POST", "/people/{id}", 302, 403, 403, 400),
            new Case("GET", "/people/{id}/edit", 302, 403, 403, 200),
            new Case("POST", "/people/{id}/deactivate", 302, 403, 403, 303),
            new Case("POST", "/people/{id}/activate", 302, 403, 403, 303),
            new Case("POST", "/people/{id}/unlock", 302, 403, 403, 303),
            new Case("GET", "/teams", 302, 403, 200, 200),
            new Case("POST", "/teams", 302, 403, 403, 400),
            new Case("GET", "/teams/new", 302, 403, 403, 200),
            new Case("GET", "/teams/{team}", 302, 403, 200, 200),
            new Case("POST", "/teams/{team}", 302, 403, 403, 400),
            new Case("GET", "/teams/{team}/edit", 302, 403, 403, 200),
            new Case("POST", "/teams/{team}/deactivate", 302, 403, 403, 303),
            new Case("POST", "/teams/{team}/activate", 302, 403, 403, 303),
            // {enrollment}: a fresh enrollment of the rep for each case; {item} its item that needs sign-off.
            // Callers take turns on it: the rep's tick leaves the manager's and admin's to find it ticked.
            new Case("GET", "/api/v1/enrollments", 401, 200, 200, 200),
            new Case("POST", "/api/v1/enrollments", 401, 403, 400, 400),
            new Case("GET", "/api/v1/enrollments/export", 401, 403, 200, 200),
            new Case("POST", "/api/v1/enrollments/upgrade", 401, 403, 400, 400),
            new Case("POST", "/api/v1/enrollments/due-dates", 401, 403, 400, 400),
            new Case("GET", "/api/v1/enrollments/{enrollment}", 401, 200, 200, 200),
            new Case("POST", "/api/v1/enrollments/{enrollment}/items/{item}/done", 401, 200, 409, 409),
            new Case("POST", "/api/v1/enrollments/{enrollment}/items/{item}/sign-off", 401, 403, 409, 409),
            new Case("POST", "/api/v1/enrollments/{enrollment}/items/{item}/send-back", 401, 403, 409, 409),
            new Case("POST", "/api/v1/enrollments/{enrollment}/items/{item}/skip", 401, 403, 400, 400),
            new Case("POST", "/api/v1/enrollments/{enrollment}/items/{item}/reopen", 401, 409, 409, 409),
            new Case("PUT", "/api/v1/enrollments/{enrollment}/items/{item}/due", 401, 403, 200, 200),
            new Case("POST", "/api/v1/enrollments/{enrollment}/due-dates", 401, 403, 400, 400),
            new Case("POST", "/api/v1/enrollments/{enrollment}/upgrade", 401, 409, 409, 409),
            new Case("GET", "/api/v1/onboarding/auto-enrollment", 401, 403, 403, 200),
            new Case("PUT", "/api/v1/onboarding/auto-enrollment", 401, 403, 403, 200),
            new Case("GET", "/onboarding", 302, 200, 200, 200),
            new Case("GET", "/onboarding/{enrollment}", 302, 200, 200, 200),
            new Case("POST", "/onboarding/{enrollment}/items/{item}/done", 302, 303, 409, 409),
            new Case("POST", "/onboarding/{enrollment}/items/{item}/sign-off", 302, 403, 409, 409),
            new Case("POST", "/onboarding/{enrollment}/items/{item}/send-back", 302, 403, 409, 409),
            new Case("POST", "/onboarding/{enrollment}/items/{item}/skip", 302, 403, 400, 400),
            new Case("POST", "/onboarding/{enrollment}/items/{item}/reopen", 302, 409, 409, 409),
            new Case("POST", "/onboarding/{enrollment}/items/{item}/due", 302, 403, 303, 303),
            new Case("POST", "/onboarding/{enrollment}/due-dates", 302, 403, 400, 400),
            new Case("POST", "/onboarding/{enrollment}/upgrade", 302, 409, 409, 409),
            new Case("GET", "/onboarding/team", 302, 403, 200, 200),
            new Case("GET", "/onboarding/team/export.csv", 302, 403, 200, 200),
            new Case("POST", "/onboarding/team/enroll", 302, 403, 400, 400),
            new Case("POST", "/onboarding/team/due-dates", 302, 403, 400, 400),
            new Case("POST", "/onboarding/team/upgrade", 302, 403, 400, 400),
            new Case("GET", "/onboarding/team/auto-enrollment", 302, 403, 403, 200),
            new Case("POST", "/onboarding/team/auto-enrollment", 302, 403, 403, 303),
            // KPI attainment, pace and leaderboards
            new Case("GET", "/api/v1/kpi-attainment", 401, 200, 200, 200),
            new Case("GET", "/api/v1/kpi-attainment/teams/{team}", 401, 403, 200, 200),
            new Case("GET", "/api/v1/leaderboard", 401, 200, 200, 200),
            new Case("GET", "/kpis", 302, 200, 200, 200),
            new Case("GET", "/kpis/people/{id}", 302, 404, 200, 200),
            new Case("GET", "/kpis/team", 302, 403, 200, 200),
            new Case("GET", "/kpis/leaderboard", 302, 200, 200, 200),
            // {measurement}: a call the rep logged, fresh for each case.
            new Case("POST", "/api/v1/measurements/log", 401, 400, 400, 400),
            new Case("GET", "/api/v1/measurements", 401, 200, 200, 200),
            new Case("POST", "/api/v1/measurements", 401, 400, 400, 400),
            new Case("POST", "/api/v1/measurements/import", 401, 400, 400, 400),
            new Case("GET", "/api/v1/measurements/{measurement}", 401, 200, 200, 200),
            new Case("POST", "/api/v1/measurements/{measurement}/corrections", 401, 400, 400, 400),
            new Case("POST", "/kpis/log", 302, 400, 400, 400),
            new Case("GET", "/kpis/activity", 302, 200, 200, 200),
            new Case("GET", "/kpis/measurements/{measurement}", 302, 200, 200, 200),
            new Case("POST", "/kpis/measurements/{measurement}/corrections", 302, 400, 400, 400),
            new Case("GET", "/kpis/import", 302, 200, 200, 200),
            new Case("POST", "/kpis/import", 302, 400, 400, 400),
            // {id}: a person's id, never an import job's, and a job is only its starter's anyway
            new Case("GET", "/imports/{id}", 302, 404, 404, 404),
            new Case("GET", "/imports/{id}/progress", 302, 404, 404, 404),
            // {key}: a fresh inactive KPI for each case; {target}: a monthly target of that case's fresh rep on the
            // team, which the matrix's rep cannot see. The manager deletes it, so the admin finds it gone.
            new Case("GET", "/api/v1/kpis", 401, 200, 200, 200),
            new Case("POST", "/api/v1/kpis", 401, 403, 400, 400),
            new Case("GET", "/api/v1/kpis/{key}", 401, 200, 200, 200),
            new Case("PUT", "/api/v1/kpis/{key}", 401, 403, 400, 400),
            new Case("GET", "/api/v1/kpi-targets", 401, 200, 200, 200),
            new Case("POST", "/api/v1/kpi-targets", 401, 403, 400, 400),
            new Case("GET", "/api/v1/kpi-targets/grid", 401, 403, 400, 400),
            new Case("PUT", "/api/v1/kpi-targets/grid", 401, 403, 400, 400),
            new Case("GET", "/api/v1/kpi-targets/{target}", 401, 404, 200, 200),
            new Case("PUT", "/api/v1/kpi-targets/{target}", 401, 403, 400, 400),
            new Case("DELETE", "/api/v1/kpi-targets/{target}", 401, 403, 204, 404),
            new Case("GET", "/api/v1/coaching/signals", 401, 200, 200, 200),
            new Case("GET", "/coaching", 302, 200, 200, 200),
            new Case("GET", "/api/v1/pay/plans", 401, 403, 200, 200),
            new Case("GET", "/api/v1/pay/assignments", 401, 200, 200, 200),
            new Case("POST", "/api/v1/pay/assignments", 401, 403, 400, 400),
            new Case("DELETE", "/api/v1/pay/assignments/{assignment}", 401, 403, 404, 404),
            new Case("GET", "/api/v1/pay/plan", 401, 404, 404, 404),
            new Case("POST", "/api/v1/pay/acceptances", 401, 409, 409, 409),
            new Case("GET", "/api/v1/pay/statements", 401, 200, 200, 200),
            new Case("GET", "/api/v1/pay/team", 401, 403, 200, 200),
            new Case("GET", "/api/v1/pay/team/pools", 401, 403, 200, 200),
            new Case("POST", "/api/v1/pay/what-if", 401, 409, 409, 409),
            new Case("GET", "/pay", 302, 200, 200, 200),
            new Case("POST", "/pay/accept", 302, 409, 409, 409),
            new Case("GET", "/pay/team", 302, 403, 200, 200),
            new Case("POST", "/pay/assignments", 302, 403, 400, 400),
            new Case("POST", "/pay/assignments/{assignment}/delete", 302, 403, 404, 404),
            new Case("POST", "/api/v1/pay/approvals", 401, 403, 400, 400),
            new Case("GET", "/api/v1/pay/periods", 401, 403, 403, 200),
            new Case("POST", "/api/v1/pay/periods/{kind}/{start}/close", 401, 403, 403, 400),
            new Case("GET", "/api/v1/pay/periods/{kind}/{start}/payroll.csv", 401, 403, 403, 409),
            new Case("POST", "/api/v1/pay/disputes", 401, 400, 400, 400),
            new Case("GET", "/api/v1/pay/disputes", 401, 403, 200, 200),
            new Case("POST", "/api/v1/pay/disputes/{dispute}/messages", 401, 404, 404, 404),
            new Case("POST", "/api/v1/pay/disputes/{dispute}/resolution", 401, 403, 404, 404),
            new Case("GET", "/api/v1/pay/rates", 401, 403, 403, 200),
            new Case("PUT", "/api/v1/pay/rates", 401, 403, 403, 400),
            new Case("POST", "/pay/periods/rates", 302, 403, 403, 400),
            new Case("POST", "/pay/approve", 302, 403, 400, 400),
            new Case("POST", "/pay/disputes", 302, 400, 400, 400),
            new Case("POST", "/pay/disputes/{dispute}/reply", 302, 404, 404, 404),
            new Case("POST", "/pay/disputes/{dispute}/resolve", 302, 403, 404, 404),
            new Case("GET", "/pay/periods", 302, 403, 403, 200),
            new Case("GET", "/pay/deals/{deal}", 302, 200, 200, 200),
            new Case("GET", "/pay/what-if", 302, 200, 200, 200),
            new Case("GET", "/pay/model", 302, 403, 200, 200),
            new Case("POST", "/pay/model", 302, 403, 400, 400),
            new Case("POST", "/pay/periods/{kind}/{start}/close", 302, 403, 403, 400),
            new Case("GET", "/pay/periods/{kind}/{start}/payroll.csv", 302, 403, 403, 409),
            new Case("GET", "/kpis/definitions", 302, 403, 200, 200),
            new Case("POST", "/kpis/definitions", 302, 403, 400, 400),
            new Case("GET", "/kpis/definitions/new", 302, 403, 200, 200),
            new Case("GET", "/kpis/definitions/{key}", 302, 403, 200, 200),
            new Case("POST", "/kpis/definitions/{key}", 302, 403, 400, 400),
            new Case("POST", "/kpis/definitions/{key}/activate", 302, 403, 303, 303),
            new Case("POST", "/kpis/definitions/{key}/deactivate", 302, 403, 303, 303),
            new Case("GET", "/kpis/targets", 302, 403, 200, 200),
            new Case("POST", "/kpis/targets", 302, 403, 400, 400),
            new Case("GET", "/kpis/targets/new", 302, 403, 200, 200),
            new Case("GET", "/kpis/targets/{target}", 302, 403, 200, 200),
            new Case("POST", "/kpis/targets/{target}", 302, 403, 400, 400),
            new Case("POST", "/kpis/targets/{target}/end", 302, 403, 303, 303),
            new Case("POST", "/kpis/targets/{target}/delete", 302, 403, 303, 404),
            new Case("GET", "/kpis/targets/grid", 302, 403, 200, 200),
            new Case("POST", "/kpis/targets/grid", 302, 403, 400, 400),
            new Case("GET", "/api/v1/reports/funnel", 401, 200, 200, 200),
            new Case("GET", "/api/v1/reports/script-effectiveness", 401, 200, 200, 200),
            new Case("GET", "/kpis/funnel", 302, 200, 200, 200));

    private Person rep;
    private Person manager;
    private Person admin;
    private Team team;
    private String playbook;
    private int deal;

    @BeforeEach
    void people() {
        manager = aManager().create();
        team = aTeamLedBy(manager);
        rep = aRep().onTeam(team).create();
        admin = anAdmin().create();
        playbook = TestPlaybook.newPlaybook(manager, "Matrix " + System.nanoTime());
        TestPlaybook.publish(manager, playbook, "# Matrix\n\n## Discovery\nText\n", 0, 201);
        deal = TestDeals.create(rep, TestDeals.deal("Matrix deal"));
    }

    @Test
    void everyEndpointAnswersEachRoleAsDeclared() {
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            Person target = aRep().onTeam(team).create();
            String enrollment = c.path().contains("{enrollment}") ? String.valueOf(
                    TestOnboarding.enroll(manager, TestOnboarding.playbook(manager), rep)) : "";
            String path = c.path().replace("{enrollment}", enrollment).replace("{item}", "pitch").replace("{id}", target.id.toString()).replace("{team}", team.id.toString())
                    .replace("{slug}", playbook).replace("{number}", "1").replace("{deal}", String.valueOf(deal)).replace("{anchor}", "discovery").replace("{externalId}", "none").replace("{source}", "none").replace("{assignment}", "0")
                    // a start that is no month's first day, so that the matrix closes no period of the shared database
                    .replace("{dispute}", "0").replace("{kind}", "month").replace("{start}", "1999-12-05")
                    .replace("{pipeline}", String.valueOf(defaultPipeline()));
            path = path.contains("{measurement}") ? path.replace("{measurement}",
                    String.valueOf(TestKpis.logACall(rep))) : path;
            path = withKpis(path, target);
            check(c, "anonymous", call(c.method(), path, null), c.anonymous(), wrong);
            check(c, "rep", call(c.method(), path, rep), c.rep(), wrong);
            check(c, "manager", call(c.method(), path, manager), c.manager(), wrong);
            check(c, "admin", call(c.method(), path, admin), c.admin(), wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMatrixCoversEveryEndpointThatExists() throws IOException {
        Set<String> declared = new TreeSet<>();
        CASES.forEach(c -> declared.add(c.key()));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(endpoints());
    }

    private static String withKpis(String path, Person rep) {
        String key = path.contains("{key}") ? dev.goose.testing.TestTargets.anInactiveKpi() : "";
        String target = path.contains("{target}") ? String.valueOf(dev.goose.testing.TestTargets.aMonthlyTarget(rep, "calls", 10)) : "";
        return path.replace("{key}", key).replace("{target}", target);
    }

    private static long defaultPipeline() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> dev.goose.pipeline.stage.Pipeline.byDefault().orElseThrow().id);
    }

    private static void check(Case c, String who, int actual, int expected, List<String> wrong) {
        if (actual != expected) {
            wrong.add(c.key() + " as " + who + ": expected " + expected + " but was " + actual);
        }
    }

    private static int call(String method, String path, Person person) {
        // The embed API takes only personal tokens: the matrix's people sign in with passwords there, and are refused.
        boolean api = path.startsWith("/api/") || path.startsWith("/embed/");
        Response response;
        if (api) {
            var request = given().redirects().follow(false).contentType(path.endsWith("/import") ? "text/csv" : "application/json");
            if (person != null) {
                request = request.auth().preemptive().basic(person.email, PASSWORD);
            }
            response = HttpMethod.GET.equals(method) ? request.get(path)
                    : HttpMethod.PUT.equals(method) ? request.body("{}").put(path)
                    : HttpMethod.DELETE.equals(method) ? request.delete(path)
                    : request.body("{}").post(path);
        } else {
            PageSession session = person == null ? PageSession.anonymous() : PageSession.signIn(person.email, PASSWORD);
            response = HttpMethod.GET.equals(method) ? session.get(path) : session.postForm(path);
        }
        return response.statusCode();
    }

    /** Every resource method under dev.goose, read from the compiled classes. */
    private static Set<String> endpoints() throws IOException {
        Path classes = Paths.get("target/classes");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/goose"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = loadQuietly(name);
                jakarta.ws.rs.Path root = type == null ? null : type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        found.addAll(alternatives(verb + " " + join(root.value(), sub == null ? "" : sub.value())));
                    }
                }
            }
        }
        return found;
    }

    private static String join(String root, String sub) {
        String path = (root + "/" + sub).replaceAll("/+", "/");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return path.replace("/teams/{id}", "/teams/{team}").replace("/deals/{id}", "/deals/{deal}")
                .replace("/pipelines/{id}", "/pipelines/{pipeline}")
                .replaceAll("\\{slug:[^}]*}", "{slug}");
    }

    /** One method may serve several literal paths ({@code {change: activate|deactivate}}): each is its own case. */
    private static List<String> alternatives(String endpoint) {
        Matcher choice = Pattern.compile("\\{\\w+: *([\\w-]+(?:\\|[\\w-]+)+)}").matcher(endpoint);
        if (!choice.find()) {
            return List.of(endpoint);
        }
        return Stream.of(choice.group(1).split("\\|"))
                .flatMap(literal -> alternatives(endpoint.substring(0, choice.start()) + literal + endpoint.substring(choice.end())).stream())
                .toList();
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Class<?> loadQuietly(String name) {
        try {
            return Class.forName(name, false, RoleMatrixTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
