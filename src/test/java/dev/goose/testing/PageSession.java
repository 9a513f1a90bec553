package dev.goose.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import dev.goose.people.Person;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's cookies, without a browser: signs in through the real form and posts forms with
 * the anti-forgery token, as the pages do.
 */
public final class PageSession {

    private final Map<String, String> cookies = new HashMap<>();

    private PageSession() {
    }

    /** A browser that has opened the sign-in page and holds its anti-forgery cookie. */
    public static PageSession anonymous() {
        PageSession session = new PageSession();
        Response page = given().redirects().follow(false).get("/login");
        session.cookies.putAll(page.getCookies());
        return session;
    }

    public static PageSession signedIn(Person person) {
        return signIn(person.email, TestPeople.PASSWORD);
    }

    public static PageSession signIn(String email, String password) {
        PageSession session = anonymous();
        Response response = session.postForm("/login", "email", email, "password", password);
        if (response.statusCode() != 303) {
            throw new AssertionError("Sign-in as " + email + " failed with " + response.statusCode());
        }
        session.cookies.putAll(response.getCookies());
        return session;
    }

    public String csrf() {
        return cookies.get("goose_csrf");
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** Posts a form as a Goose page would, with the token field; pairs of name and value follow. */
    public Response postForm(String path, String... namesAndValues) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.formParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request.post(path);
    }
}
