package io.github.roster.specgate.spec;

import io.github.roster.specgate.changelog.DetectedChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Diffs a spec against its baseline with openapi-diff and names each change by a stable key:
 * {@code <spec> <METHOD> <path> added|removed|changed}.
 *
 * <p>Verdicts: a removed operation is breaking; an added one is not; a changed operation is breaking when openapi-diff
 * judges it incompatible (new required field, narrower type or length, removed or changed status, removed response
 * field...), cannot judge it (unknown), or when any schema property or enum value is removed, in a request or a
 * response (see {@link Removals}: stricter than openapi-diff, because users compile against the generated models).
 * Changes to descriptions, summaries and
 * examples only (openapi-diff's "metadata") are not changes of the wire and are not listed.
 */
public final class SpecDiffer {

    /** What a spec without a baseline file is compared with: it counts as all-new. */
    static final String EMPTY_SPEC = "openapi: 3.0.3\ninfo:\n  title: none\n  version: '0'\npaths: {}\n";

    private SpecDiffer() {
    }

    /**
     * Diffs one spec.
     *
     * @param spec     the spec's name, used in keys
     * @param baseline the baseline text, or empty when the spec is new
     * @param current  the current text, or empty when the spec was deleted
     */
    public static SpecDiff diff(String spec, Optional<String> baseline, Optional<String> current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline.orElse(EMPTY_SPEC), current.orElse(EMPTY_SPEC));
        List<DetectedChange> changes = new ArrayList<>();
        for (Endpoint added : diff.getNewEndpoints()) {
            changes.add(new DetectedChange(key(spec, added.getMethod().name(), added.getPathUrl(), "added"), false,
                    "new operation " + Optional.ofNullable(added.getOperation().getOperationId()).orElse("")));
        }
        for (Endpoint removed : diff.getMissingEndpoints()) {
            changes.add(new DetectedChange(key(spec, removed.getMethod().name(), removed.getPathUrl(), "removed"),
                    true, "operation removed"));
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            DiffResult result = changed.isChanged();
            if (result.isUnchanged() || result.isMetaChanged()) {
                continue;
            }
            List<String> removals = Removals.in(changed);
            boolean breaking = result.isIncompatible() || result == DiffResult.UNKNOWN || !removals.isEmpty();
            String detail = describe(changed) + (removals.isEmpty() ? "" : "; " + String.join(", ", removals));
            changes.add(new DetectedChange(
                    key(spec, changed.getHttpMethod().name(), changed.getPathUrl(), "changed"), breaking, detail));
        }
        changes.sort(Comparator.comparing(DetectedChange::key));
        return new SpecDiff(spec, changes, render(spec, changes, diff));
    }

    static String key(String spec, String method, String path, String what) {
        return spec + " " + method.toUpperCase(Locale.ROOT) + " " + path + " " + what;
    }

    private static String describe(ChangedOperation changed) {
        List<String> parts = new ArrayList<>();
        part(parts, "parameters", changed.getParameters());
        part(parts, "request body", changed.getRequestBody());
        part(parts, "responses", changed.getApiResponses());
        part(parts, "security", changed.getSecurityRequirements());
        return parts.isEmpty() ? changed.isChanged().getValue() : String.join(", ", parts);
    }

    private static void part(List<String> parts, String name, Changed element) {
        DiffResult result = Changed.result(element);
        if (result.isDifferent() && !result.isMetaChanged()) {
            parts.add(name + " " + result.getValue().toLowerCase(Locale.ROOT));
        }
    }

    private static String render(String spec, List<DetectedChange> changes, ChangedOpenApi diff) {
        StringBuilder md = new StringBuilder("# Changes to `").append(spec).append("` since the baseline\n\n");
        if (changes.isEmpty()) {
            md.append("No change to any operation.\n");
        } else {
            md.append("| key (list it in specs/CHANGES.md) | verdict | what |\n| --- | --- | --- |\n");
            for (DetectedChange change : changes) {
                md.append("| `").append(change.key()).append("` | ")
                        .append(change.breaking() ? "**breaking**" : "non-breaking").append(" | ")
                        .append(change.detail()).append(" |\n");
            }
        }
        md.append("\n## openapi-diff report\n\n").append(new MarkdownRender().render(diff));
        return md.toString();
    }
}
