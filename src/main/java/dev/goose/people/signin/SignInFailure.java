package dev.goose.people.signin;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins for one account from one client address, or from one address for every account
 * ({@link #ANY_ACCOUNT}). In the database, so that all nodes count the same guesses.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure extends PanacheEntityBase {

    static final String ANY_ACCOUNT = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 320)
    public String account;

    @Column(nullable = false, length = 64)
    public String address;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failed_at", nullable = false)
    public Instant lastFailedAt;

    static Optional<SignInFailure> of(String account, String address) {
        return find("account = ?1 and address = ?2", account, address).firstResultOptional();
    }

    /** Counts one more failure in the database itself, so that parallel guesses all count. */
    static boolean bump(String account, String address, Instant now, Instant forgottenBefore) {
        int restarted = update("failures = 1, lastFailedAt = ?3 where account = ?1 and address = ?2 and lastFailedAt < ?4",
                account, address, now, forgottenBefore);
        return restarted > 0 || update("failures = failures + 1, lastFailedAt = ?3 where account = ?1 and address = ?2",
                account, address, now) > 0;
    }
}
