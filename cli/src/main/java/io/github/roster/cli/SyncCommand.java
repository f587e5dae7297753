package io.github.roster.cli;

import picocli.CommandLine.Command;

/** {@code roster sync}: keep BIM 360, ACC and Procore in step with an HR export. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Keeps BIM 360, ACC and Procore in step with an HR export, like terraform plan/apply:"
                + " `sync apply` executes a reviewed plan exactly once, `sync report` shows where it stands."
                + " See docs/sync.md."},
        subcommands = {SyncApplyCommand.class, SyncReportCommand.class})
final class SyncCommand {
}
