package dev.goose.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Refuses query, path and form parameters holding text Goose cannot store or search (a NUL, other
 * control characters) before any resource sees them, naming the parameter: a 400 problem for the API,
 * the error page for a form. JSON bodies get the same check from {@link StrictJson}.
 */
public class TextParameters {

    /** Pasted CSV is checked by its importer, which can name the row and column. */
    private static final String CSV_FIELD = "csv";

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        // Most requests have no query: asking the URI info for one would build a URI and parse it anyway.
        String query = context.serverRequest().query();
        if (query != null && !query.isEmpty()) {
            collect(request.getUriInfo().getQueryParameters(), errors);
        }
        collect(request.getUriInfo().getPathParameters(), errors);
        FormData form = context.getFormData();
        if (form != null) {
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem() && !CSV_FIELD.equals(name)) {
                        collect(name, value.getValue(), errors);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            collect(parameter.getKey(), null, errors);
            parameter.getValue().forEach(value -> collect(parameter.getKey(), value, errors));
        }
    }

    /** One error per parameter, saying which, so that the error page alone tells what to fix. */
    private static void collect(String name, String value, List<FieldError> errors) {
        String badName = Text.problemWith(name);
        String field = badName == null ? name : "(a parameter name)";
        String problem = badName == null ? Text.problemWith(value) : badName;
        if (problem != null && errors.stream().noneMatch(error -> error.field().equals(field))) {
            errors.add(new FieldError(field, "The field '" + field + "': " + problem));
        }
    }
}
