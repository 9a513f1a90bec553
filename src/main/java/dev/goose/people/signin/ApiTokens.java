package dev.goose.people.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import dev.goose.cache.Region;
import dev.goose.cache.Writes;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.people.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Personal API tokens: made and revoked by their owner, checked on every embed API call. */
@ApplicationScoped
class ApiTokens {

    static final String PREFIX = "goose_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    Writes writes;

    /** A token as its owner sees it in the list: never the token itself. */
    public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, boolean revoked) {
    }

    /** A new token, shown this once. */
    public record NewToken(TokenView token, String secret) {
    }

    @Transactional
    public List<TokenView> mine() {
        return ApiToken.of(current.get()).stream().map(ApiTokens::view).toList();
    }

    @Transactional
    public NewToken create(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw InvalidInput.of("name", "Name the token (at most 100 characters), for example after the CRM it is for.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.person = current.get();
        token.name = label;
        token.tokenHash = SignInService.hash(secret);
        token.prefix = secret.substring(0, 12);
        token.createdAt = clock.instant()
;
        token.persist();
        return new NewToken(view(token), secret);
    }

    @Transactional
    public void revoke(Long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id).filter(t -> t.person.id.equals(current.id()))
                .orElseThrow(() -> new NotFound("The token"));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant()
;
            writes.changed(Region.PEOPLE);
        }
    }

    /** The person behind a live token of an active person; marks it used at most once a minute. */
    @Transactional
    public Optional<SignedIn> resolve(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        ApiToken token = ApiToken.find("tokenHash", SignInService.hash(secret)).firstResult();
        if (token == null || !token.live() || !token.person.active) {
            return Optional.empty();
        }
        Instant now = clock.instant()
;
        if (token.lastUsedAt == null || Duration.between(token.lastUsedAt, now).toMinutes() >= 1) {
            token.lastUsedAt = now;
        }
        return Optional.of(SignedIn.of(token.person));
    }

    private static TokenView view(ApiToken token) {
        return new TokenView(token.id, token.name, token.prefix, token.createdAt, token.lastUsedAt, !token.live());
    }
}
