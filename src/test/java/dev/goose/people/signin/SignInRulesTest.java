package dev.goose.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.people.Role;

@Tag("unit")
class SignInRulesTest {

    @Test
    void afterSignInOnlyPathsOnThisSiteAreFollowed() {
        assertThat(SignInPages.safeNext("/people?team=3")).isEqualTo("/people?team=3");
        assertThat(SignInPages.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safeNext("/\\evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safeNext("/login")).isEqualTo("/");
        assertThat(SignInPages.safeNext(null)).isEqualTo("/");
        assertThat(SignInPages.safeNext("/x y|{")).isEqualTo("/");
        assertThat(SignInPages.safeNext("/%zz")).isEqualTo("/");
    }

    @Test
    void theStrongestGooseRealmRoleWins() {
        assertThat(claims(Set.of("rep", "manager", "offline_access")).role()).isEqualTo(Role.MANAGER);
        assertThat(claims(Set.of("admin", "rep")).role()).isEqualTo(Role.ADMIN);
        assertThat(claims(Set.of("offline_access", "uma_authorization")).role()).isEqualTo(Role.REP);
    }

    @Test
    void aNamelessTokenIsNamedAfterTheEmail() {
        assertThat(new OidcClaims("s", "una.unknown@goose.example", true, " ", Set.of()).displayName()).isEqualTo("una.unknown");
        assertThat(new OidcClaims("s", "u@x.io", true, "Una Unknown", Set.of()).displayName()).isEqualTo("Una Unknown");
    }

    @Test
    void aSessionSlidesWithUseButNeverPastItsMaximumAge() {
        java.time.Instant created = java.time.Instant.parse("2026-11-20T08:00:00Z");
        java.time.Duration idle = java.time.Duration.ofHours(12);
        java.time.Duration max = java.time.Duration.ofDays(7);
        assertThat(SignInSession.expiryFrom(created.plusSeconds(3600), created, idle, max))
                .isEqualTo(created.plusSeconds(3600).plus(idle));
        assertThat(SignInSession.expiryFrom(created.plus(java.time.Duration.ofDays(6).plusHours(20)), created, idle, max))
                .isEqualTo(created.plus(max));
    }

    private static OidcClaims claims(Set<String> roles) {
        return new OidcClaims("subject", "p@x.io", true, "P", roles);
    }
}
