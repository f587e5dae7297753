package io.github.roster.specgate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.roster.specgate.changelog.DetectedChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiGateTest {

    private static final String GREETER_V1 = """
            package io.github.roster.demo;
            public class Greeter {
                public static final int LIMIT = 1;
                public String greet(String name) { return "Hello " + name; }
            }
            """;
    private static final String GREETER_V2 = """
            package io.github.roster.demo;
            public class Greeter {
                public static final int LIMIT = 1;
                public String greet(String name, java.util.Locale locale) { return "Hello " + name; }
                public String wave() { return "o/"; }
            }
            """;
    private static final String HELPER_V1 = """
            package io.github.roster.internal.demo;
            public class Helper { public void help() { } }
            """;
    private static final String HELPER_V2 = """
            package io.github.roster.internal.demo;
            public class Helper { }
            """;
    private static final String REMOVED_KEY = "roster-demo io.github.roster.demo.Greeter#greet(java.lang.String)";

    @TempDir
    Path dir;
    private Path baseline;
    private Path current;
    private Path changes;

    @BeforeEach
    void buildJars() throws IOException {
        baseline = FixtureJars.build(dir.resolve("v1"), dir.resolve("baseline/roster-demo.jar"),
                Map.of("io.github.roster.demo.Greeter", GREETER_V1, "io.github.roster.internal.demo.Helper", HELPER_V1));
        current = FixtureJars.build(dir.resolve("v2"), dir.resolve("current/roster-demo.jar"),
                Map.of("io.github.roster.demo.Greeter", GREETER_V2, "io.github.roster.internal.demo.Helper", HELPER_V2));
        changes = dir.resolve("CHANGES.md");
    }

    @Test
    void japicmpFindsTheRemovedMethodAndIgnoresInternalPackagesAndAdditions() {
        List<DetectedChange> found = ApiDiffer.incompatibleChanges("roster-demo", baseline, "0.1.0", current, "0.2.0");

        assertThat(found).extracting(DetectedChange::key, DetectedChange::detail)
                .containsExactly(tuple(REMOVED_KEY, "METHOD_REMOVED"));
    }

    @Test
    void sameJarHasNoIncompatibleChange() {
        assertThat(ApiDiffer.incompatibleChanges("roster-demo", baseline, "0.1.0", baseline, "0.1.1")).isEmpty();
    }

    @Test
    void incompatibleChangeFailsUntilAcknowledged() throws IOException {
        Files.writeString(changes, "## 0.2.0 (unreleased)\n");
        assertThat(gate("0.2.0")).first().asString()
                .startsWith("BREAKING, not acknowledged: `" + REMOVED_KEY + "` (METHOD_REMOVED)");
        assertThat(dir.resolve("out/roster-demo.md")).content().contains(REMOVED_KEY, "METHOD_REMOVED");

        Files.writeString(changes, "## 0.2.0 (unreleased)\n- `" + REMOVED_KEY + "` breaking: greet takes a locale.\n");
        assertThat(gate("0.2.0")).isEmpty();
    }

    @Test
    void majorBumpNeedsNoAcknowledgement() throws IOException {
        Files.writeString(changes, "");
        assertThat(gate("1.0.0")).isEmpty();
        assertThat(ApiGate.isMajorBump("0.1.0", "0.2.0")).isFalse();
        assertThat(ApiGate.isMajorBump("1.4.2", "2.0.0")).isTrue();
    }

    @Test
    void artifactMissingFromTheCurrentBuildFails() throws IOException {
        Files.delete(current);
        Files.writeString(changes, "");
        assertThat(gate("0.2.0")).first().asString().contains("artifact roster-demo is gone");
    }

    @Test
    void internalPackagesAreRecognised() {
        assertThat(InternalPackages.isInternal("io.github.roster.internal")).isTrue();
        assertThat(InternalPackages.isInternal("io.github.roster.internal.pipeline")).isTrue();
        assertThat(InternalPackages.isInternal("io.github.roster.client.autodesk.internal")).isTrue();
        assertThat(InternalPackages.isInternal("io.github.roster.autodesk")).isFalse();
        assertThat(InternalPackages.isInternal("io.github.roster.internalish")).isFalse();
        assertThat(InternalPackages.isInternal("io.github.roster.client.autodesk.model")).isFalse();
    }

    private List<String> gate(String version) {
        return ApiGate.run(dir.resolve("baseline"), "0.1.0", dir.resolve("current"), version, changes,
                dir.resolve("out"));
    }
}
