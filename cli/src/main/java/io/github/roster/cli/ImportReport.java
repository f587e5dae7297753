package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.ApiException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --report} file of an ACC import: JSON Lines, one object per request outcome (its users, and
 * its job id or error), appended and flushed as each request ends. Re-running an import with the same
 * report skips the requests it records as accepted, so an interrupted import resumes without sending any
 * user twice. Requests are identified by their position and a digest of their users' e-mails; a report
 * that does not match the CSV is refused.
 */
final class ImportReport implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter writer;
    private final Map<Integer, String> acceptedDigests;
    private final Map<Integer, String> unfinished;

    private ImportReport(Path file, BufferedWriter writer, Map<Integer, String> accepted, Map<Integer, String> unfinished) {
        this.file = file;
        this.writer = writer;
        this.acceptedDigests = accepted;
        this.unfinished = unfinished;
    }

    /** A report that records nothing (no --report). */
    static ImportReport none() {
        return new ImportReport(null, null, Map.of(), Map.of());
    }

    static ImportReport open(Path file, String project) {
        Map<Integer, String> accepted = new HashMap<>();
        Map<Integer, String> unfinished = new HashMap<>();
        BufferedWriter out = ReportLines.readThenAppend(file, node -> read(file, node, project, accepted, unfinished));
        ImportReport report = new ImportReport(file, out, accepted, unfinished);
        ObjectNode header = JSON.createObjectNode().put("type", "import").put("project", project)
                .put("startedAt", Instant.now().toString());
        report.write(header);
        return report;
    }

    /** One line of the report; a request whose outcome line is missing is treated as not accepted. */
    private static void read(Path file, JsonNode node, String project, Map<Integer, String> accepted,
                             Map<Integer, String> unfinished) {
        String type = node.path("type").asText();
        if (type.equals("import") && !node.path("project").asText().equals(project)) {
            throw new InvalidInputException("--report " + file + " belongs to project " + node.path("project").asText()
                    + ", not " + project + ": use another report file");
        }
        if (!type.equals("request")) {
            return;
        }
        int request = node.path("request").asInt();
        String digest = node.path("digest").asText();
        switch (node.path("state").asText()) {
            case "sending" -> unfinished.put(request, digest);
            case "accepted" -> {
                accepted.put(request, digest);
                unfinished.remove(request);
            }
            default -> unfinished.remove(request);
        }
    }

    /**
     * Whether a request was accepted in an earlier run.
     *
     * @throws InvalidInputException when the report recorded other users for this request
     */
    boolean alreadyAccepted(int request, String digest) {
        String previous = acceptedDigests.get(request);
        if (previous == null) {
            return false;
        }
        if (!previous.equals(digest)) {
            throw new InvalidInputException("--report " + file + " recorded other users for request " + request
                    + ": the CSV changed since; use a new report file");
        }
        return true;
    }

    /** Whether an earlier run sent this request and stopped before learning its outcome. */
    boolean wasUnfinished(int request) {
        return unfinished.containsKey(request);
    }

    void sending(int request, int firstUser, List<ProjectUserImport> users, String digest) {
        write(JSON.createObjectNode().put("type", "request").put("request", request).put("state", "sending")
                .put("firstUser", firstUser).put("users", users.size()).put("digest", digest));
    }

    void outcome(AccImportBatch batch, String digest) {
        ObjectNode node = JSON.createObjectNode().put("type", "request").put("request", batch.index())
                .put("state", batch.accepted() ? "accepted" : "failed")
                .put("firstUser", batch.firstUserIndex()).put("digest", digest);
        node.putArray("emails").addAll(batch.users().stream()
                .map(u -> JSON.getNodeFactory().textNode(u.getEmail())).toList());
        if (batch.accepted()) {
            node.put("jobId", batch.jobId() == null ? null : batch.jobId().toString());
        } else {
            ObjectNode error = node.putObject("error");
            if (batch.error() instanceof ApiException api) {
                error.put("status", api.status());
                api.vendorCode().ifPresent(c -> error.put("code", c));
            }
            error.put("message", batch.error().getMessage());
        }
        write(node.put("at", Instant.now().toString()));
    }

    static String digest(List<ProjectUserImport> users) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ProjectUserImport u : users) {
                sha.update(String.valueOf(u.getEmail()).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void write(ObjectNode node) {
        ReportLines.append(writer, file, node);
    }

    @Override
    public void close() {
        ReportLines.close(writer);
    }
}
