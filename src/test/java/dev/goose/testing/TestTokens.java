package dev.goose.testing;

import static org.hamcrest.Matchers.containsString;

/** Personal API tokens made on the Tokens page, as a person would make one for a CRM card. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A new token of the signed-in person; its secret, shown once. */
    public static String makeToken(PageSession session) {
        String page = session.postForm("/account/tokens", "name", "HubSpot sidebar").then().statusCode(200)
                .body(containsString("copy it now")).extract().asString();
        return page.replaceAll("(?s).*<code id=\"token-secret\">([^<]+)</code>.*", "$1");
    }
}
