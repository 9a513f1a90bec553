package dev.goose.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.goose.people.Role;

class SignInRulesTest {

    @Test
    void afterSignInOnlyPathsOnThisSiteAreFollowed() {
        assertThat(SignInPages.safeNext("/people?team=3")).isEqualTo("/people?team=3");
        assertThat(SignInPages.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safeNext("/\\evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safeNext("/login")).isEqualTo("/");
        assertThat(SignInPages.safeNext(null)).isEqualTo("/");
    }

    @Test
    void theStrongestGooseRealmRoleWins() {
        assertThat(claims(Set.of("rep", "manager", "offline_access")).role()).contains(Role.MANAGER);
        assertThat(claims(Set.of("admin", "rep")).role()).contains(Role.ADMIN);
        assertThat(claims(Set.of("offline_access", "uma_authorization")).role()).isEmpty();
    }

    @Test
    void aNamelessTokenIsNamedAfterTheEmail() {
        assertThat(new OidcClaims("s", "una.unknown@goose.example", " ", Set.of()).displayName()).isEqualTo("una.unknown");
        assertThat(new OidcClaims("s", "u@x.io", "Una Unknown", Set.of()).displayName()).isEqualTo("Una Unknown");
    }

    @Test
    void sessionTokensAreStoredOnlyAsTheirHash() {
        String hash = SignInService.hash("token-value");
        assertThat(hash).hasSize(64).doesNotContain("token-value").isEqualTo(SignInService.hash("token-value"));
    }

    private static OidcClaims claims(Set<String> roles) {
        return new OidcClaims("subject", "p@x.io", "P", roles);
    }
}
