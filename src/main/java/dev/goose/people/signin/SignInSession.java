package dev.goose.people.signin;

import java.time.Duration;
import java.time.Instant;

import dev.goose.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A signed-in browser. Only the hash of its cookie is kept, so a database leak signs nobody in. */
@Entity
@Table(name = "sign_in_session")
public class SignInSession extends PanacheEntityBase {

    /** Sessions are touched at most this often, so that reading a page rarely writes. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Slides the expiry forward, never past the session's maximum age; returns whether anything changed. */
    public boolean touch(Instant now, Duration timeout, Duration maxAge) {
        if (Duration.between(lastSeenAt, now).compareTo(TOUCH_EVERY) < 0) {
            return false;
        }
        lastSeenAt = now;
        expiresAt = expiryFrom(now, createdAt, timeout, maxAge);
        return true;
    }

    static Instant expiryFrom(Instant now, Instant created, Duration timeout, Duration maxAge) {
        Instant idle = now.plus(timeout);
        Instant cap = created.plus(maxAge);
        return idle.isBefore(cap) ? idle : cap;
    }

    public static long endAllForExcept(Person person, String keptHash) {
        return delete("person = ?1 and tokenHash <> ?2", person, keptHash);
    }

    public static long purgeExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
