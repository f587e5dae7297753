package io.github.roster.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Batch mode of a single-user command: {@code --csv FILE} or {@code --ndjson FILE}, one user per row, all sent by one
 * process with one client (one token, one rate limiter). Read by {@link BatchRows}.
 */
final class BatchFile {

    @Option(names = "--csv", required = true, paramLabel = "FILE",
            description = "Batch: one user per row; the header names the fields (the options' names without --,"
                    + " underscores for hyphens, plus id). Every row is checked before anything is sent.")
    Path csv;

    @Option(names = "--ndjson", required = true, paramLabel = "FILE",
            description = "Batch: one JSON object per line with the same field names as --csv.")
    Path ndjson;

    /** The file given. */
    Path path() {
        return csv != null ? csv : ndjson;
    }

    /** How the option is named in messages: {@code --csv rows.csv}. */
    String describe() {
        return (csv != null ? "--csv " : "--ndjson ") + path();
    }
}
