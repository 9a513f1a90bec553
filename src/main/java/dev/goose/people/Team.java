package dev.goose.people;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A sales team, led by one manager. */
@Entity
@CachedIn(Region.PEOPLE)
public class Team extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 120)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    public Person manager;

    /** A deactivated team is kept with its members and history, but no longer offered for new people. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    /** The IANA zone the team's weeks, months and quarters are read in, such as "America/Chicago". */
    @Column(name = "time_zone", nullable = false, length = 60)
    public String timeZone = "UTC";

    /** The team's zone; UTC should a stored name no longer be known to the JVM. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    public static List<Team> allByName() {
        return list("order by lower(name)");
    }

    public static List<Team> ledBy(Person manager) {
        return list("manager = ?1 order by lower(name)", manager);
    }

    public static boolean nameTaken(String name, Long exceptId) {
        return count("lower(name) = lower(?1) and (?2 is null or id <> ?2)", name, exceptId) > 0;
    }

    public boolean isLedBy(Person person) {
        return manager != null && manager.id.equals(person.id);
    }
}
