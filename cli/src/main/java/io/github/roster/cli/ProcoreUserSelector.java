package io.github.roster.cli;

import picocli.CommandLine.Option;

/** Which company user a command acts on: {@code --user ID} or {@code --email E} (exact, active or inactive). */
final class ProcoreUserSelector {

    @Option(names = "--user", required = true, paramLabel = "ID", description = "Company user id.")
    Long user;

    @Option(names = "--email", required = true, paramLabel = "E",
            description = "E-mail address, matched exactly (ignoring case) among active and inactive users.")
    String email;
}
