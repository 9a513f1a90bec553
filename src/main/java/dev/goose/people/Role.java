package dev.goose.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a person may do in Goose. The names are also the security role names. */
public enum Role {
    ADMIN, MANAGER, REP;

    public static final String ADMIN_NAME = "admin";
    public static final String MANAGER_NAME = "manager";
    public static final String REP_NAME = "rep";

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.key().equals(wanted)).findFirst();
    }

    /** Managers and admins may lead teams and manage people. */
    public boolean canLead() {
        return this != REP;
    }

    public String label() {
        return switch (this) {
            case ADMIN -> "Admin";
            case MANAGER -> "Manager";
            case REP -> "Rep";
        };
    }
}
