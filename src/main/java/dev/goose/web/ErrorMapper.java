package dev.goose.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.goose.errors.Conflict;
import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotAuthenticated;
import dev.goose.errors.NotFound;
import dev.goose.validation.Violations;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The one place where errors become responses: problem+json under /api, an error page in the
 * layout everywhere else. Users see a safe message; the cause goes to the log (4xx as warning,
 * 5xx as error), and no stack trace or class name ever reaches a response.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    static final String UNAUTHORIZED_DETAIL = "Send valid credentials to use the API.";
    static final String DATABASE_DOWN = "Goose cannot reach its database just now. Try again in a few seconds.";

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean keycloak;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri) {
        return respond(400, "Bad Request", e.getMessage(), e.errors(), uri, e);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return respond(404, "Not Found", e.getMessage(), List.of(), uri, e);
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, UriInfo uri) {
        Response response = respond(409, "Conflict", e.getMessage(), List.of(), uri, e);
        if (e.currentVersion() != null && response.getEntity() instanceof Problem problem) {
            return Response.fromResponse(response).entity(problem.withCurrentVersion(e.currentVersion())).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowed e, UriInfo uri) {
        return respond(403, "Forbidden", e.getMessage(), List.of(), uri, e);
    }

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticated e, UriInfo uri) {
        return respond(401, "Unauthorized", e.getMessage(), List.of(), uri, e);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "Your role does not allow this.", List.of(), uri, e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        if (!isApi(uri)) {
            return Response.seeOther(URI.create("/login")).build();
        }
        Response problem = respond(401, "Unauthorized", UNAUTHORIZED_DETAIL, List.of(), uri, e);
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge(uri.getRequestUri().getRawPath(), keycloak)).build();
    }

    /**
     * The credentials an API path takes: personal tokens on the embed API, otherwise a password in
     * built-in mode and a Keycloak token with Keycloak.
     */
    static String challenge(String path, boolean keycloak) {
        return keycloak || path.startsWith("/embed/") ? "Bearer" : "Basic realm=\"Goose\"";
    }

    /** A request body of the wrong shape answers as any other invalid input: the same detail and errors. */
    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        if (Violations.onAnswer(e.getConstraintViolations())) {
            return unexpected(e, uri);
        }
        return invalidInput(new InvalidInput(Violations.errors(e.getConstraintViolations())), uri);
    }

    /** Quarkus's own exception for {@code @Valid} on endpoints, which its built-in mapper would answer otherwise. */
    @ServerExceptionMapper
    public Response endpointViolations(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof RefusedValue refused) {
            return refusedJson(refused, uri);
        }
        List<FieldError> errors = List.of();
        String detail = "The request body is not valid JSON.";
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            errors = List.of(new FieldError(field, "There is no such field."));
            detail = "There is no field '" + field + "'.";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String expected = e instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class
                    ? " Use a date like 2026-01-31." : "";
            errors = List.of(new FieldError(field, "This value has the wrong type or format." + expected));
            detail = "The field '" + field + "' has the wrong type or format." + expected;
        } else if (e.getLocation() != null) {
            detail += " Problem at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ".";
        }
        return respond(400, "Bad Request", detail, errors, uri, e);
    }

    /** A value of the right type that Goose does not take: the field and why, in the words of the check. */
    Response refusedJson(RefusedValue e, UriInfo uri) {
        String field = jsonPath(e);
        String message = e.getOriginalMessage();
        return respond(400, "Bad Request", field.isEmpty() ? message : "The field '" + field + "': " + message,
                List.of(new FieldError(field, message)), uri, e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return respond(status, title, publicDetail(status), List.of(), uri, e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isRace(e)) {
            // Two requests raced past the same check (e.g. one new email, twice): the database had the last word.
            return respond(409, "Conflict", "This clashes with a change made at the same moment. Reload and try again.",
                    List.of(), uri, e);
        }
        if (DatabaseFailures.isUnreachable(e)) {
            return Response.fromResponse(respond(503, "Service Unavailable", DATABASE_DOWN, List.of(), uri, e))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS).build();
        }
        // Any other violated constraint (a check, a missing value, a dangling reference) is a bug of ours.
        return respond(500, "Internal Server Error", "Something went wrong on our side. It has been logged.", List.of(), uri, e);
    }

    private static String publicDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested format.";
            case 413 -> "The request body is larger than this address accepts.";
            case 415 -> "This address does not accept that content type.";
            default -> "The request could not be handled.";
        };
    }

    private Response respond(int status, String title, String detail, List<FieldError> errors, UriInfo uri, Throwable cause) {
        String path = uri.getRequestUri().getRawPath();
        if (status >= 500) {
            LOG.errorf(cause, "%d on %s", status, path);
        } else {
            LOG.warnf("%d on %s: %s", status, path, cause.toString());
        }
        if (isApi(uri)) {
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, title, detail, path, errors)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, title, detail)).build();
    }

    private static boolean isApi(UriInfo uri) {
        return CsrfFilter.isApi(uri.getRequestUri().getRawPath());
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
