package dev.goose.onboarding;

/**
 * Who acts on an enrollment, and in which capacity: as the enrolled person ({@code REP}) or as
 * their manager or an admin ({@code MANAGER}). The capacity is relative to the enrollment and is
 * settled by the access check before any rule runs: a manager ticking items of their own
 * enrollment acts as its rep, and so cannot sign them off.
 */
public record Actor(long personId, Capacity capacity) {

    public enum Capacity { REP, MANAGER }

    public static Actor rep(long personId) {
        return new Actor(personId, Capacity.REP);
    }

    public static Actor manager(long personId) {
        return new Actor(personId, Capacity.MANAGER);
    }

    public boolean isManager() {
        return capacity == Capacity.MANAGER;
    }
}
