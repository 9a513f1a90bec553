package dev.goose.playbook.acknowledgement;

import java.util.List;

/**
 * Whether a person must acknowledge the current version of a playbook, and which version to show
 * them the diff from. Someone who never acknowledged any version must acknowledge the current
 * one and reads it whole. Someone who did must again only if a version after theirs, up to the
 * current one, is major: a minor version resets nobody, but its changes still show in the diff.
 *
 * @param required whether the person is asked to acknowledge the current version
 * @param diffFrom the version they last acknowledged, when something newer exists; {@code null}
 *                 when they never acknowledged (the whole document) or are up to date
 */
record AcknowledgementDue(boolean required, Integer diffFrom) {

    /** A published version's number and whether its author marked it major. */
    record PublishedVersion(int number, boolean major) {
    }

    /**
     * @param lastAcknowledged the highest version the person acknowledged, {@code null} if none
     * @param versions         the playbook's published versions, in any order
     * @param current          the number of the version the playbook now points at
     */
    static AcknowledgementDue of(Integer lastAcknowledged, List<PublishedVersion> versions, int current) {
        if (lastAcknowledged == null) {
            return new AcknowledgementDue(true, null);
        }
        if (lastAcknowledged >= current) {
            return new AcknowledgementDue(false, null);
        }
        boolean majorSince = versions.stream()
                .anyMatch(v -> v.major() && v.number() > lastAcknowledged && v.number() <= current);
        return new AcknowledgementDue(majorSince, lastAcknowledged);
    }
}
