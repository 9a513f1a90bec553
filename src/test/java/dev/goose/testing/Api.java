package dev.goose.testing;

import static io.restassured.RestAssured.given;

import dev.goose.people.Person;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls the JSON API as a person, with HTTP Basic, as scripts do. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(Person person) {
        return given().auth().preemptive().basic(person.email, TestPeople.PASSWORD).contentType(ContentType.JSON);
    }
}
