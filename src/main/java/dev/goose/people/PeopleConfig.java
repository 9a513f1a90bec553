package dev.goose.people;

import java.time.Period;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings about people. */
@ConfigMapping(prefix = "goose.people")
public interface PeopleConfig {

    /** A rep hired within this period counts as a new hire. */
    @WithDefault("P90D")
    Period newHirePeriod();

    /** The first administrator, created at start only while nobody exists yet. */
    FirstAdmin firstAdmin();

    interface FirstAdmin {
        /** Email of the first admin (GOOSE_ADMIN_EMAIL). */
        Optional<String> email();

        /** Password of the first admin (GOOSE_ADMIN_PASSWORD). */
        Optional<String> password();

        @WithDefault("Administrator")
        String name();
    }
}
