package dev.goose.reminders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reminders. */
@ConfigMapping(prefix = "goose.reminders")
public interface ReminderConfig {

    /**
     * When the daily digest goes out: a Quartz cron expression (seconds first) in the server's time
     * zone, 07:00 by default; {@code off} stops it.
     */
    @WithDefault("0 0 7 * * ?")
    String cron();

    /** The address people open Goose at: links in the email start with it. */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
