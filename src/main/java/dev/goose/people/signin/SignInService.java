package dev.goose.people.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jboss.logging.Logger;

import dev.goose.cache.Region;
import dev.goose.cache.Writes;
import dev.goose.digest.Sha256;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.people.AccessRevoked;
import dev.goose.people.Passwords;
import dev.goose.people.Person;
import dev.goose.people.Unlocked;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Built-in accounts: checking passwords (slowed for guessers), browser sessions, changing a password. */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    SignInConfig config;

    @Inject
    VerifiedPasswords verified;

    @Inject
    Writes writes;

    @Inject
    SignInThrottle throttle;

    /**
     * Checks an email and password from a client address. An address that failed too often for
     * this account, or for many, must wait: it is refused at once, without checking anything.
     * Other failures make it wait longer; nothing locks the account for other addresses.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PasswordCheck checkPassword(String email, String password, String address) {
        Instant now = clock.instant()
;
        Duration wait = throttle.waitFor(email, address, now);
        if (!wait.isZero()) {
            return PasswordCheck.throttled(wait);
        }
        Person person = email == null || email.isBlank() ? null : Person.byEmail(email).orElse(null);
        if (person == null || !person.active) {
            Passwords.matches(password, null);
            throttle.failed(email, address, now);
            return PasswordCheck.failed(PasswordCheck.WRONG);
        }
        boolean matches = verified.known(person.email, password, person.passwordHash)
                || Passwords.matches(password, person.passwordHash);
        if (!matches) {
            throttle.failed(email, address, now);
            return PasswordCheck.failed(PasswordCheck.WRONG);
        }
        verified.remember(person.email, password, person.passwordHash);
        throttle.succeeded(email, address);
        return PasswordCheck.passed(SignedIn.of(person));
    }

    /**
     * Counts a failure under a row lock, so that parallel guesses cannot all read the same count
     * and slip past the limit together.
     */
    private void recordFailure(Person person, Instant now) {
        Person.getEntityManager().refresh(person, LockModeType.PESSIMISTIC_WRITE);
        person.recordFailedSignIn(now, config.maxFailures(), config.lockout());
        if (person.isLockedAt(now)) {
            LOG.warnf("Account %d locked after %d failed sign-ins", person.id, config.maxFailures());
        }
    }

    /** Whether nobody exists yet, so that the sign-in page can say how the first admin is made. */
    @Transactional
    public boolean nobodyYet() {
        return Person.count() == 0;
    }

    /** Opens a browser session and returns the cookie value; only its hash is stored. */
    @Transactional
    public String startSession(Long personId) {
        Person person = Person.<Person>findByIdOptional(personId).orElseThrow(() -> new NotFound("The person"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant()
;
        SignInSession session = new SignInSession();
        session.tokenHash = hash(token);
        session.person = person;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = SignInSession.expiryFrom(now, now, config.sessionTimeout(), config.sessionMaxAge());
        session.persist();
        return token;
    }

    /** The person behind a session cookie, if the session is live and the person active. */
    @Transactional
    public Optional<SignedIn> resolveSession(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant()
;
        SignInSession session = SignInSession.findById(hash(token));
        if (session == null || session.isExpiredAt(now) || !session.person.active) {
            return Optional.empty();
        }
        session.touch(now, config.sessionTimeout(), config.sessionMaxAge());
        return Optional.of(SignedIn.of(session.person));
    }

    @Transactional
    public void endSession(String token) {
        if (token != null && !token.isBlank()) {
            SignInSession.deleteById(hash(token));
            writes.changed(Region.PEOPLE);
        }
    }

    /**
     * Changes a password after checking the current one. Every other session of the person ends,
     * so a stolen session does not survive the change. Wrong current passwords count towards the
     * lockout like failed sign-ins, so a borrowed session cannot be used to guess the password.
     */
    @Transactional(dontRollbackOn = InvalidInput.class)
    public void changePassword(Long personId, String current, String next, String confirmation, String keptSession) {
        Person person = Person.<Person>findByIdOptional(personId).orElseThrow(() -> new NotFound("The person"));
        Instant now = clock.instant()
;
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (person.isLockedAt(now)) {
            throw InvalidInput.of("current", "Too many wrong attempts: try again later.");
        }
        boolean currentMatches = Passwords.matches(current, person.passwordHash);
        if (!currentMatches) {
            recordFailure(person, now);
        }
        errors.require(currentMatches, "current", "This is not your current password.");
        String problem = Passwords.problemWith(next);
        errors.require(problem == null, "password", problem);
        errors.require(next != null && next.equals(confirmation), "confirmation", "The two new passwords differ.");
        errors.throwIfAny();
        person.passwordHash = Passwords.hash(next);
        SignInSession.endAllForExcept(person, keptSession == null ? "" : hash(keptSession));
        writes.changed(Region.PEOPLE);
    }

    /**
     * A deactivation or password reset ends every session of the person, in the same transaction, and
     * forgets the failed sign-ins to the account.
     */
    void endSessions(@Observes AccessRevoked revoked) {
        SignInSession.delete("person.id", revoked.personId());
        // A reset password is a fresh start: its owner need not wait out the guesses at the old one.
        Person.<Person>findByIdOptional(revoked.personId()).ifPresent(person -> throttle.forget(person.email));
        writes.changed(Region.PEOPLE);
    }

    /** An admin's unlock also lets every address try the account again at once. */
    void forgetFailures(@Observes Unlocked unlocked) {
        Person.<Person>findByIdOptional(unlocked.personId()).ifPresent(person -> throttle.forget(person.email));
    }

    @Scheduled(every = "1h", delayed = "10m")
    @Transactional
    void purgeExpiredSessions() {
        long purged = SignInSession.purgeExpired(clock.instant()
);
        if (purged > 0) {
            LOG.debugf("Purged %d expired sessions", purged);
        }
    }

    /** Sessions and tokens are stored by their hash: a copy of the table signs nobody in. */
    static String hash(String token) {
        return Sha256.hex(token);
    }
}
