package io.github.roster.specgate.changelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code specs/CHANGES.md}, read as: a {@code ## <version>} heading (anything after the version, such as
 * {@code (unreleased)}, is ignored) opens a version section; inside it, every bullet ({@code - } or {@code * }) whose
 * text holds a backtick-quoted span is an entry whose key is the first such span; {@code breaking:} followed by a
 * non-empty reason anywhere after the key acknowledges a breaking change. Other lines (prose, {@code ###} headings)
 * are ignored.
 */
public final class ChangeLog {

    private static final Pattern VERSION_HEADING = Pattern.compile("^##\\s+v?(\\d+\\.\\d+\\.\\d+\\S*)(\\s.*)?$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern KEY = Pattern.compile("`([^`]+)`");
    private static final Pattern BREAKING = Pattern.compile("(?i)\\bbreaking:\\s*(.*)$");

    private final Map<String, List<ChangeEntry>> entriesByVersion;

    private ChangeLog(Map<String, List<ChangeEntry>> entriesByVersion) {
        this.entriesByVersion = entriesByVersion;
    }

    /** Reads the file; a missing file is an empty change log. */
    public static ChangeLog read(Path file) {
        if (!Files.exists(file)) {
            return parse("");
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Parses the text of a change log. */
    public static ChangeLog parse(String text) {
        Map<String, List<ChangeEntry>> sections = new LinkedHashMap<>();
        List<ChangeEntry> current = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher heading = VERSION_HEADING.matcher(line.strip());
            if (heading.matches()) {
                current = sections.computeIfAbsent(heading.group(1), v -> new ArrayList<>());
                continue;
            }
            if (line.startsWith("## ") || line.startsWith("# ")) {
                current = null;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (current == null || !bullet.matches()) {
                continue;
            }
            Matcher key = KEY.matcher(bullet.group(1));
            if (!key.find()) {
                continue;
            }
            Matcher breaking = BREAKING.matcher(bullet.group(1).substring(key.end()));
            Optional<String> reason = breaking.find()
                    ? Optional.of(breaking.group(1).strip()).filter(r -> !r.isEmpty())
                    : Optional.empty();
            current.add(new ChangeEntry(key.group(1).strip(), reason, i + 1));
        }
        return new ChangeLog(sections);
    }

    /** The entries of one version's section; empty when the file has no such section. */
    public List<ChangeEntry> entriesFor(String version) {
        return List.copyOf(entriesByVersion.getOrDefault(version, List.of()));
    }

    /** Whether the file has a section for this version. */
    public boolean hasSection(String version) {
        return entriesByVersion.containsKey(version);
    }
}
