package dev.goose.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes the 401 and 403 every secured API operation can answer, once for all of them: both
 * come as problem+json from the error mapper, whatever the resource. An operation is secured when
 * it carries a security requirement, which Quarkus adds for {@code @RolesAllowed} and
 * {@code @Authenticated}; a {@code @PermitAll} one (a CRM's signed webhook) has none and keeps
 * its own responses. Registered with {@code mp.openapi.filter}.
 */
public class SecuredResponses implements OASFilter {

    static final String UNAUTHORIZED = "No or wrong credentials";
    static final String FORBIDDEN = "The caller's role, or whose this is, does not allow it";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return operation;
        }
        APIResponses responses = operation.getResponses() != null ? operation.getResponses() : OASFactory.createAPIResponses();
        responses.addAPIResponse("401", problem(UNAUTHORIZED));
        responses.addAPIResponse("403", problem(FORBIDDEN));
        return operation.responses(responses);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }

}
