package dev.goose.people;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Someone who signs in to Goose: an admin, a manager or a rep. */
@Entity
@CachedIn(Region.PEOPLE)
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    /** Always stored lower-case, which makes it unique regardless of case. */
    @Column(nullable = false, length = 320)
    public String email;

    @Convert(converter = RoleConverter.class)
    @Column(nullable = false, length = 16)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    public Person manager;

    @Column(name = "hire_date")
    public LocalDate hireDate;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    @Column(name = "failed_sign_ins", nullable = false)
    public int failedSignIns;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "oidc_subject")
    public String oidcSubject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;


    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<Person> byEmail(String email) {
        return find("email", normalizeEmail(email)).firstResultOptional();
    }

    public static Optional<Person> byOidcSubject(String subject) {
        return find("oidcSubject", subject).firstResultOptional();
    }

    public static boolean emailTaken(String email, Long exceptId) {
        return count("email = ?1 and (?2 is null or id <> ?2)", normalizeEmail(email), exceptId) > 0;
    }

    public static List<Person> allByName() {
        return list("order by lower(name)");
    }

    /** Everyone on a team the manager leads, and everyone who reports to them directly. */
    public static List<Person> visibleTo(Person manager) {
        return find("select p from Person p left join p.team t where t.manager = ?1 or p.manager = ?1"
                + " order by lower(p.name)", manager).list();
    }

    public static List<Person> leaders() {
        return list("role in ?1 and active = true order by lower(name)", List.of(Role.ADMIN, Role.MANAGER));
    }

    /** A new hire is a rep hired within the given period; there is no separate role. */
    public boolean isNewHire(LocalDate today, Period period) {
        return role == Role.REP && hireDate != null && !hireDate.isAfter(today)
                && hireDate.isAfter(today.minus(period));
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the account locks once the failures reach the limit. */
    public void recordFailedSignIn(Instant now, int maxFailures, Duration lockout) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedSignIns = 0;
        }
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }
}
