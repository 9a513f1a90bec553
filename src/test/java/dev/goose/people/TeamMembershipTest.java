package dev.goose.people;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static dev.goose.testing.TestPeople.anAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.goose.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The days people spend on teams, recorded as admins add and move them, and counted through the People door. */
@QuarkusTest
class TeamMembershipTest {

    static final LocalDate Q3 = LocalDate.parse("2026-07-01");
    static final LocalDate Q3_END = LocalDate.parse("2026-09-30");

    @Inject
    TestClock clock;

    Person admin;
    Team north;
    Team south;
    Team east;

    @BeforeEach
    void threeTeams() {
        admin = anAdmin().create();
        Person manager = aManager().create();
        north = aTeamLedBy(manager);
        south = aTeamLedBy(manager);
        east = aTeamLedBy(manager);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void movingTeamsTwiceEndsEachStretchTheDayBeforeTheNextStarts() {
        clock.pin(LocalDate.parse("2026-06-20"));
        Long id = create("Mo Mover", north, "2026-07-01");
        clock.pin(LocalDate.parse("2026-08-15"));
        moveTo(id, "Mo Mover", south);
        clock.pin(LocalDate.parse("2026-09-10"));
        moveTo(id, "Mo Mover", east);

        assertThat(stretchesOf(id)).extracting(s -> s.teamId, s -> s.firstDay, s -> s.lastDay).containsExactly(
                tuple(north.id, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-14")),
                tuple(south.id, LocalDate.parse("2026-08-15"), LocalDate.parse("2026-09-09")),
                tuple(east.id, LocalDate.parse("2026-09-10"), null));
        // July 1 to August 14 is 45 days, August 15 to September 9 is 26, September 10 to 30 is 21: the quarter's 92
        assertThat(days(north)).containsEntry(id, 45);
        assertThat(days(south)).containsEntry(id, 26);
        assertThat(days(east)).containsEntry(id, 21);
        assertThat(inTransaction(() -> People.daysOnTeam(east.id, Q3, LocalDate.parse("2026-09-15")))).as("the period so far")
                .containsEntry(id, 6);
    }

    @Test
    void aChangeThatKeepsTheTeamRecordsNothingAndAMoveUndoneTheSameDayLeavesNoDayOnTheOtherTeam() {
        clock.pin(LocalDate.parse("2026-06-20"));
        Long id = create("Sam Stayer", north, "2026-07-01");
        clock.pin(LocalDate.parse("2026-08-15"));
        moveTo(id, "Sam Stayer Renamed", north);
        moveTo(id, "Sam Stayer Renamed", south);
        moveTo(id, "Sam Stayer Renamed", north);

        assertThat(stretchesOf(id)).extracting(s -> s.teamId, s -> s.firstDay, s -> s.lastDay).containsExactly(
                tuple(north.id, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-14")),
                tuple(north.id, LocalDate.parse("2026-08-15"), null));
        assertThat(days(north)).containsEntry(id, 92);
        assertThat(days(south)).doesNotContainKey(id);
    }

    @Test
    void theDayOfAMoveIsReadInTheZoneOfTheTeamJoined() {
        QuarkusTransaction.requiringNew().run(() -> Team.<Team>findById(east.id).timeZone = "Pacific/Kiritimati");
        clock.pin(LocalDate.parse("2026-06-20"));
        Long id = create("Zoe Zone", north, "2026-07-01");
        // Noon in UTC on August 15 is already 2 a.m. on August 16 in Kiritimati (UTC+14)
        clock.pin(LocalDate.parse("2026-08-15"));
        moveTo(id, "Zoe Zone", east);
        assertThat(stretchesOf(id)).extracting(s -> s.teamId, s -> s.firstDay, s -> s.lastDay).containsExactly(
                tuple(north.id, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-15")),
                tuple(east.id, LocalDate.parse("2026-08-16"), null));
    }

    @Test
    void someoneWithNoRecordedDaysCountsEveryDayOnTheirTeamNowAndNoneOnAnother() {
        Person unrecorded = aRep().onTeam(north).create();
        assertThat(days(north)).containsEntry(unrecorded.id, 92);
        assertThat(days(south)).doesNotContainKey(unrecorded.id);
        assertThat(inTransaction(() -> People.daysOnTeam(north.id, Q3_END, Q3))).as("a period that ends before it starts").isEmpty();
    }

    @Test
    void daysWithinCountBothEndsAndAnOpenStretchRunsToThePeriodsEnd() {
        TeamMembership stretch = new TeamMembership();
        stretch.firstDay = LocalDate.parse("2026-08-16");
        assertThat(stretch.daysWithin(Q3, Q3_END)).isEqualTo(46);
        stretch.lastDay = LocalDate.parse("2026-08-16");
        assertThat(stretch.daysWithin(Q3, Q3_END)).isEqualTo(1);
        assertThat(stretch.daysWithin(LocalDate.parse("2026-08-17"), Q3_END)).isZero();
        stretch.firstDay = LocalDate.parse("2026-01-01");
        assertThat(stretch.daysWithin(Q3, Q3_END)).isEqualTo(47);
    }

    Long create(String name, Team team, String hireDate) {
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@test.goose";
        return ((Number) as(admin).body(request(name, email, team, hireDate)).post("/api/v1/people").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    /** Changes the person's team, and their name when it differs, through the people API as an admin does. */
    void moveTo(Long id, String name, Team team) {
        Map<String, Object> now = as(admin).get("/api/v1/people/" + id).then().statusCode(200).extract().path("$");
        as(admin).body(request(name, (String) now.get("email"), team, (String) now.get("hireDate"))).put("/api/v1/people/" + id).then()
                .statusCode(200);
    }

    static Map<String, Object> request(String name, String email, Team team, String hireDate) {
        return Map.of("name", name, "email", email, "role", "rep", "teamId", team.id, "hireDate", hireDate);
    }

    Map<Long, Integer> days(Team team) {
        return inTransaction(() -> People.daysOnTeam(team.id, Q3, Q3_END));
    }

    static List<TeamMembership> stretchesOf(Long personId) {
        return inTransaction(() -> TeamMembership.<TeamMembership>list("personId = ?1 order by firstDay, id", personId));
    }

    static <T> T inTransaction(java.util.function.Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(read::get);
    }
}
