package dev.goose.people;

/** An admin lifted the limits failed passwords put on a person, fired inside the transaction that did it. */
public record Unlocked(Long personId) {
}
