package dev.goose.playbook.acknowledgement;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.goose.people.Role;
import dev.goose.playbook.acknowledgement.AcknowledgementDue.PublishedVersion;

/**
 * A published playbook as the reading rules see it: whom it is for and which versions were major.
 * Plain Java, so the rules are tested without a database.
 *
 * @param audience the roles it is for; empty means everyone
 */
record PublishedPlaybook(Long id, String slug, String title, int current, Set<Role> audience,
        List<PublishedVersion> versions) {

    public PublishedPlaybook {
        audience = audience.isEmpty() ? Set.of() : Set.copyOf(audience);
        versions = List.copyOf(versions);
    }

    /** The roles named in a playbook's stored audience ("rep,manager"); unknown words are ignored. */
    static Set<Role> audienceOf(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (stored != null) {
            for (String key : stored.split(",")) {
                Role.fromKey(key).ifPresent(roles::add);
            }
        }
        return roles;
    }

    boolean isFor(Role role) {
        return audience.isEmpty() || audience.contains(role);
    }

    /**
     * What someone with this role must do about the current version. Outside the audience nothing
     * is required, but the version to diff from still holds for someone who reads it anyway.
     */
    AcknowledgementDue dueFor(Role role, Integer lastAcknowledged) {
        AcknowledgementDue due = AcknowledgementDue.of(lastAcknowledged, versions, current);
        return isFor(role) ? due : new AcknowledgementDue(false, due.diffFrom());
    }

    /** Whether the current version itself was marked major. */
    boolean currentIsMajor() {
        return versions.stream().anyMatch(v -> v.number() == current && v.major());
    }
}
