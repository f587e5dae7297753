package io.github.roster.specgate.api;

import io.github.roster.specgate.changelog.DetectedChange;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiParameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares the public API of two jars of one artifact with japicmp and returns each binary-incompatible change,
 * keyed {@code <artifact> <class>} or {@code <artifact> <class>#<member>}. Only public and protected elements
 * count; internal packages ({@link InternalPackages}) are left out.
 */
public final class ApiDiffer {

    private ApiDiffer() {
    }

    /** The binary-incompatible changes from {@code baseline} to {@code current}, sorted by key. */
    public static List<DetectedChange> incompatibleChanges(String artifact, Path baseline, String baselineVersion,
            Path current, String currentVersion) {
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.setAccessModifier(AccessModifier.PROTECTED);
        options.getFilters().getExcludes().add(new InternalPackages());
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        List<JApiClass> classes = new JarArchiveComparator(options).compare(
                new JApiCmpArchive(baseline.toFile(), baselineVersion),
                new JApiCmpArchive(current.toFile(), currentVersion));

        List<DetectedChange> changes = new ArrayList<>();
        for (JApiClass type : classes) {
            String prefix = artifact + " " + type.getFullyQualifiedName();
            add(changes, prefix, type);
            if (type.getChangeStatus() == JApiChangeStatus.REMOVED) {
                continue;
            }
            for (JApiConstructor constructor : type.getConstructors()) {
                add(changes, prefix + "#<init>" + parameters(constructor), constructor);
            }
            type.getMethods().forEach(m -> add(changes, prefix + "#" + m.getName() + parameters(m), m));
            for (JApiField field : type.getFields()) {
                add(changes, prefix + "#" + field.getName(), field);
            }
        }
        changes.sort(Comparator.comparing(DetectedChange::key));
        return changes;
    }

    private static void add(List<DetectedChange> changes, String key, JApiCompatibility element) {
        String incompatible = element.getCompatibilityChanges().stream()
                .filter(c -> !c.isBinaryCompatible())
                .map(JApiCompatibilityChange::getType).map(Enum::name).distinct()
                .collect(Collectors.joining(", "));
        if (!incompatible.isEmpty()) {
            changes.add(new DetectedChange(key, true, incompatible));
        }
    }

    private static String parameters(JApiBehavior behavior) {
        return behavior.getParameters().stream().map(JApiParameter::getType)
                .collect(Collectors.joining(",", "(", ")"));
    }
}
