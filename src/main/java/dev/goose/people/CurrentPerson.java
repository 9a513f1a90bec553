package dev.goose.people;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The person making the current request, however they signed in. */
@RequestScoped
public class CurrentPerson {

    /** The identity attribute that every sign-in path sets to the person's id. */
    public static final String ID_ATTRIBUTE = "goose.person-id";
    /** The person's name as of signing in, so that the layout needs no database read. */
    public static final String NAME_ATTRIBUTE = "goose.person-name";

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous() && identity.getAttribute(ID_ATTRIBUTE) != null;
    }

    public Long id() {
        Long id = identity.isAnonymous() ? null : identity.getAttribute(ID_ATTRIBUTE);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    public String name() {
        String name = identity.isAnonymous() ? null : identity.getAttribute(NAME_ATTRIBUTE);
        return name == null ? "" : name;
    }

    /** The person's role as this request's identity carries it. */
    public Role role() {
        for (Role role : Role.values()) {
            if (identity.hasRole(role.key())) {
                return role;
            }
        }
        throw new UnauthorizedException();
    }

    /** The person entity, from the caller's transaction: services call it inside theirs. */
    public Person get() {
        return Person.<Person>findByIdOptional(id()).orElseThrow(UnauthorizedException::new);
    }

    /** The person as other features see them, from the caller's transaction. */
    public People.Member member() {
        return People.byId(id()).orElseThrow(UnauthorizedException::new);
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.key());
    }
}
