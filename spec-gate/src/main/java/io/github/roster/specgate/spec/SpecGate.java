package io.github.roster.specgate.spec;

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
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The spec gate: diffs every spec ({@code *.yaml}) of the specs directory with the file of the same name in the
 * baseline directory, writes {@code <out>/<spec>.md}, and fails (exit 1) listing every change that
 * {@code specs/CHANGES.md} does not list under the coming version and every breaking change it does not acknowledge.
 *
 * <p>Arguments: {@code --specs DIR --baseline DIR --changes FILE --version PROJECT_VERSION --out DIR}.
 */
public final class SpecGate {

    private SpecGate() {
    }

    /** Runs the gate; exits 1 on a problem, 2 on bad arguments. */
    public static void main(String[] args) {
        try {
            Arguments a = Arguments.parse(args, List.of("specs", "baseline", "changes", "version", "out"));
            List<String> problems = run(a.path("specs"), a.path("baseline"), a.path("changes"),
                    Arguments.releaseVersion(a.required("version")), a.path("out"));
            if (!problems.isEmpty()) {
                System.err.println("Spec gate FAILED:");
                problems.forEach(p -> System.err.println("  " + p));
                System.exit(1);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Diffs, writes the reports and returns the problems (empty when the gate passes). */
    public static List<String> run(Path specs, Path baseline, Path changesFile, String version, Path out) {
        ChangeLog log = ChangeLog.read(changesFile);
        List<DetectedChange> all = new ArrayList<>();
        try {
            Files.createDirectories(out);
            for (String name : specNames(specs, baseline)) {
                SpecDiff diff = SpecDiffer.diff(name, read(baseline.resolve(name + ".yaml")),
                        read(specs.resolve(name + ".yaml")));
                Path report = out.resolve(name + ".md");
                Files.writeString(report, diff.markdown());
                long breaking = diff.changes().stream().filter(DetectedChange::breaking).count();
                System.out.printf("Spec gate: %s: %d change(s), %d breaking; report %s%n", name,
                        diff.changes().size(), breaking, report);
                all.addAll(diff.changes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Acknowledgements.problems(all, log, version, true);
    }

    private static TreeSet<String> specNames(Path... dirs) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - ".yaml".length())).forEach(names::add);
            }
        }
        return names;
    }

    private static Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }
}
