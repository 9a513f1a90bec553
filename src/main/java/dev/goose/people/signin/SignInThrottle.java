package dev.goose.people.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Slows password guessing by account and client address instead of locking accounts: failures from
 * one address against one account make that address wait longer and longer for that account, and
 * failures from one address against any accounts make it wait for all of them (spraying). Other
 * addresses, the owner's included, are not slowed by someone else's failures.
 */
@ApplicationScoped
class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    @Inject
    Clock clock;

    @Inject
    SignInConfig config;

    private Backoff perAccount;
    private Backoff perAddress;

    @PostConstruct
    void init() {
        SignInConfig.Throttle throttle = config.throttle();
        perAccount = new Backoff(config.maxFailures(), throttle.firstDelay(), throttle.longestDelay(), throttle.forgetAfter());
        perAddress = new Backoff(throttle.maxFailuresPerAddress(), throttle.firstDelay(), throttle.longestDelay(),
                throttle.forgetAfter());
    }

    /** How long this address must wait before it may try this account again; zero when it may now. */
    @Transactional
    public Duration waitFor(String email, String address, Instant now) {
        Duration account = SignInFailure.of(account(email), address)
                .map(f -> perAccount.waitAfter(f.failures, f.lastFailedAt, now)).orElse(Duration.ZERO);
        Duration any = SignInFailure.of(SignInFailure.ANY_ACCOUNT, address)
                .map(f -> perAddress.waitAfter(f.failures, f.lastFailedAt, now)).orElse(Duration.ZERO);
        return account.compareTo(any) >= 0 ? account : any;
    }

    /**
     * Counts a failure for the account from the address and for the address overall, in a
     * transaction of its own so that it is kept whatever the sign-in does next.
     */
    public void failed(String email, String address, Instant now) {
        count(account(email), address, now);
        count(SignInFailure.ANY_ACCOUNT, address, now);
    }

    /** A right password from an address clears that address's failures for the account, not overall. */
    @Transactional
    public void succeeded(String email, String address) {
        SignInFailure.delete("account = ?1 and address = ?2", account(email), address);
    }

    /** Forgets every address's failures for the account. */
    @Transactional
    public void forget(String email) {
        SignInFailure.delete("account", account(email));
    }

    private void count(String account, String address, Instant now) {
        Instant forgottenBefore = now.minus(config.throttle().forgetAfter());
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (!SignInFailure.bump(account, address, now, forgottenBefore)) {
                        SignInFailure failure = new SignInFailure();
                        failure.account = account;
                        failure.address = address;
                        failure.failures = 1;
                        failure.lastFailedAt = now;
                        failure.persist();
                        SignInFailure.getEntityManager().flush();
                    }
                });
                return;
            } catch (RuntimeException raced) {
                // Most likely another request inserted the same row first: the next round adds to it.
                LOG.debugf("Counting a failed sign-in from %s failed once: %s", address, raced);
            }
        }
        LOG.warnf("A failed sign-in from %s could not be counted", address);
    }

    @Scheduled(every = "1h", delayed = "15m")
    @Transactional
    void purgeForgotten() {
        SignInFailure.delete("lastFailedAt < ?1", clock.instant()
.minus(config.throttle().forgetAfter()));
    }

    /**
     * The account as typed, so that unknown accounts are slowed alike and nothing tells them apart;
     * prefixed, so that no typed text can be the row of an address overall.
     */
    static String account(String email) {
        String account = "@" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        return account.length() > 320 ? account.substring(0, 320) : account;
    }
}
