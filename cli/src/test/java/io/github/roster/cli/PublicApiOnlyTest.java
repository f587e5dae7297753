package io.github.roster.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The facade's {@code internal} packages are implementation: nothing outside the facade (the CLI, the sandbox,
 * and whatever else of Roster is on this classpath) may depend on them. "The CLI uses only public API."
 */
class PublicApiOnlyTest {

    /** The facade's own packages: the only code allowed to use {@code io.github.roster.internal..}. */
    private static final String[] FACADE = {
        "io.github.roster", "io.github.roster.auth..", "io.github.roster.autodesk..", "io.github.roster.error..",
        "io.github.roster.http..", "io.github.roster.procore..", "io.github.roster.internal.."};

    private static final JavaClasses ROSTER = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/roster-facade-") && !location.contains("/facade/target/"))
            .importPackages("io.github.roster");

    @Test
    void nothingOutsideTheFacadeDependsOnItsInternalPackages() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages(FACADE)
                .should().dependOnClassesThat().resideInAPackage("io.github.roster.internal..")
                .because("internal is the facade's implementation; the CLI and other modules use its public API");
        rule.check(ROSTER);
    }

    @Test
    void nothingOutsideSyncDependsOnItsInternalPackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("io.github.roster.sync..")
                .should().dependOnClassesThat().resideInAPackage("io.github.roster.sync.internal..")
                .because("sync.internal is what the planner and the executor share; others use sync's public API");
        rule.check(ROSTER);
        org.assertj.core.api.Assertions.assertThat(ROSTER.contain("io.github.roster.sync.internal.TargetUsers")).isTrue();
    }

    @Test
    void theCliItselfWasImported() {
        // the rule above must not pass vacuously: the CLI's classes (main and test) are on this classpath
        org.assertj.core.api.Assertions.assertThat(ROSTER.contain(RosterCli.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(ROSTER.contain(AccImportUsersCommand.class)).isTrue();
    }
}
