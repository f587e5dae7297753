package io.github.roster.cli;

import picocli.CommandLine.Option;

/** The options of ACC commands that act in one project: the project, and who a two-legged token acts for. */
final class AccProjectOptions {

    @Option(names = "--project", required = true, paramLabel = "ID", description = "Project id (a b. prefix is accepted).")
    String project;

    @Option(names = "--user-id", paramLabel = "ID",
            description = "User-Id header of writes: the ACC or Autodesk id a two-legged token acts for.")
    String actingUser;
}
