package io.github.roster.cli;

import picocli.CommandLine.Option;

/** Who an ACC command acts on: {@code --user ID} or {@code --email ADDRESS} (exact match), one of them. */
final class AccUserSelector {

    @Option(names = "--user", required = true, paramLabel = "ID", description = "The user's ACC id or Autodesk id.")
    String user;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS",
            description = "The user's e-mail, matched exactly (ignoring case).")
    String email;
}
