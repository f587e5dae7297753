package io.github.roster.specgate.api;

import io.github.roster.specgate.Arguments;
import io.github.roster.specgate.changelog.Acknowledgements;
import io.github.roster.specgate.changelog.ChangeLog;
import io.github.roster.specgate.changelog.DetectedChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java API gate: compares every {@code <artifact>.jar} of the baseline directory (the last release's jars) with
 * the jar of the same name in the current directory, writes {@code <out>/<artifact>.md}, and fails (exit 1) on a
 * binary-incompatible change that {@code specs/CHANGES.md} does not acknowledge under the coming version, unless
 * the coming version is a major bump over the baseline.
 *
 * <p>Arguments: {@code --baseline DIR --baseline-version V --current DIR --version PROJECT_VERSION --changes FILE
 * --out DIR}.
 */
public final class ApiGate {

    private ApiGate() {
    }

    /** Runs the gate; exits 1 on a problem, 2 on bad arguments. */
    public static void main(String[] args) {
        try {
            Arguments a = Arguments.parse(args,
                    List.of("baseline", "baseline-version", "current", "version", "changes", "out"));
            List<String> problems = run(a.path("baseline"), a.required("baseline-version"), a.path("current"),
                    Arguments.releaseVersion(a.required("version")), a.path("changes"), a.path("out"));
            if (!problems.isEmpty()) {
                System.err.println("Java API gate FAILED:");
                problems.forEach(p -> System.err.println("  " + p));
                System.exit(1);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Compares, writes the reports and returns the problems (empty when the gate passes). */
    public static List<String> run(Path baselineDir, String baselineVersion, Path currentDir, String version,
            Path changesFile, Path out) {
        List<DetectedChange> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> jars = Files.list(baselineDir)) {
            Files.createDirectories(out);
            for (Path baseline : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String jarName = baseline.getFileName().toString();
                String artifact = jarName.substring(0, jarName.length() - ".jar".length());
                Path current = currentDir.resolve(jarName);
                if (!Files.exists(current)) {
                    problems.add("BREAKING, not acknowledged: artifact " + artifact + " is gone (no " + current + ")");
                    continue;
                }
                List<DetectedChange> changes =
                        ApiDiffer.incompatibleChanges(artifact, baseline, baselineVersion, current, version);
                Path report = out.resolve(artifact + ".md");
                Files.writeString(report, render(artifact, baselineVersion, version, changes));
                System.out.printf("Java API gate: %s %s -> %s: %d binary-incompatible change(s); report %s%n",
                        artifact, baselineVersion, version, changes.size(), report);
                all.addAll(changes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (isMajorBump(baselineVersion, version)) {
            System.out.printf("Java API gate: %s is a major bump over %s; incompatible changes are allowed.%n",
                    version, baselineVersion);
            return problems;
        }
        problems.addAll(Acknowledgements.problems(all, ChangeLog.read(changesFile), version, false));
        return problems;
    }

    /** Whether {@code version}'s first number is greater than {@code baseline}'s. */
    static boolean isMajorBump(String baseline, String version) {
        return major(version) > major(baseline);
    }

    private static int major(String version) {
        String first = version.split("[.-]", 2)[0];
        try {
            return Integer.parseInt(first);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a version: '" + version + "'", e);
        }
    }

    private static String render(String artifact, String baselineVersion, String version,
            List<DetectedChange> changes) {
        StringBuilder md = new StringBuilder("# Java API of `").append(artifact).append("`: ")
                .append(baselineVersion).append(" -> ").append(version).append("\n\n");
        if (changes.isEmpty()) {
            return md.append("No binary-incompatible change.\n").toString();
        }
        md.append("| key (acknowledge it in specs/CHANGES.md with `breaking:`) | japicmp |\n| --- | --- |\n");
        changes.forEach(c -> md.append("| `").append(c.key()).append("` | ").append(c.detail()).append(" |\n"));
        return md.toString();
    }
}
