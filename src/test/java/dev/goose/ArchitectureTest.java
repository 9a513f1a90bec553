package dev.goose;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

/**
 * The rules of DESIGN.md's architecture, read from the compiled main classes (no Quarkus start).
 *
 * <p>Every feature reaches another only through its door: other features keep a person's, team's,
 * deal's or playbook version's id and ask the door ({@code People}, {@code PeopleAccess}, {@code Deals},
 * {@code Pipelines}, {@code Playbooks}) for records. JPQL text naming another feature's entity is
 * invisible here, so reviews still watch for it.
 */
@Tag("unit")
class ArchitectureTest {

    static final String ROOT = "dev.goose";

    /** The features: each owns its entities and offers other features one door. */
    static final List<String> FEATURES = List.of(
            "people", "playbook", "pipeline", "onboarding", "kpi", "incentive", "coaching", "reminders", "imports", "web");

    /** The ground: small packages that features stand on and that know no feature. */
    static final List<String> GROUND = List.of("errors", "time", "validation", "cache", "cluster", "csv", "digest");

    /** Framework-free domain rules, named one by one so that the list reads as the domain. */
    static final List<String> RULE_CLASSES = List.of(
            "dev.goose.kpi.Attainment", "dev.goose.kpi.Pace", "dev.goose.kpi.PaceRule", "dev.goose.kpi.Ramp",
            "dev.goose.kpi.Period", "dev.goose.kpi.Funnel", "dev.goose.kpi.Tally", "dev.goose.kpi.Ratio",
            "dev.goose.kpi.StageConversion", "dev.goose.kpi.ScriptEffectiveness",
            "dev.goose.kpi.target.RampSteps", "dev.goose.kpi.target.Span",
            "dev.goose.onboarding.DueDates", "dev.goose.onboarding.ItemRules", "dev.goose.onboarding.Checklist",
            "dev.goose.onboarding.Progress", "dev.goose.onboarding.Agenda", "dev.goose.onboarding.Upgrade",
            "dev.goose.onboarding.WorkingWeek",
            "dev.goose.reminders.Digest", "dev.goose.time.Dates");

    /** Besides the named classes: every *Rules and *Check class, and these whole packages. */
    static final String[] RULE_PACKAGES = { "dev.goose.playbook.markdown..", "dev.goose.incentive.plan..", "dev.goose.coaching.signal..",
            "dev.goose.errors.." };

    static final String[] FRAMEWORKS = { "dev.goose.web..", "io.quarkus..", "jakarta..", "javax.ws.rs..",
            "org.hibernate..", "org.jboss.resteasy..", "io.vertx..", "io.smallrye.." };

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("dev.goose.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void domainRulesUseNoFrameworkAndNoWebCode() {
        DescribedPredicate<JavaClass> rules = simpleNameEndingWith("Rules")
                .or(simpleNameEndingWith("Check"))
                .or(resideInAnyPackage(RULE_PACKAGES))
                .or(named(RULE_CLASSES))
                .as("domain rule classes");
        noClasses().that(rules).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS).check(MAIN);
    }

    @Test
    void groundPackagesKnowNoFeature() {
        noClasses().that().resideInAnyPackage(packages(GROUND))
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
                .check(MAIN);
    }

    @Test
    void errorsDependOnNothingButTheJdk() {
        classes().that().resideInAPackage(ROOT + ".errors..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + ".errors..")
                .check(MAIN);
    }

    @Test
    void theDigestDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage(ROOT + ".digest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + ".digest..")
                .check(MAIN);
    }

    /** Time holds the one clock bean besides its rules, so CDI's annotations are all it may add to the JDK. */
    @Test
    void timeDependsOnTheJdkAndCdiAnnotationsOnly() {
        classes().that().resideInAPackage(ROOT + ".time..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + ".time..", ROOT + ".errors..",
                        "jakarta.inject..", "jakarta.enterprise.inject..")
                .check(MAIN);
    }

    @Test
    void noFeatureUsesAnotherFeaturesEntitiesButThroughItsDoor() {
        for (String feature : FEATURES) {
            String inside = ROOT + "." + feature + "..";
            ArchRule rule = noClasses().that().resideOutsideOfPackage(inside)
                    .should().dependOnClassesThat(resideInAnyPackage(inside).and(annotatedWith(Entity.class))
                            .as("are entities of " + feature))
                    .because("other features ask " + feature + "'s door and get records back")
                    .allowEmptyShould(true);
            rule.check(MAIN);
        }
    }

    private static DescribedPredicate<JavaClass> named(List<String> names) {
        return DescribedPredicate.describe("named in RULE_CLASSES", c -> names.contains(c.getName().replaceFirst("\\$.*", "")));
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    }
}
