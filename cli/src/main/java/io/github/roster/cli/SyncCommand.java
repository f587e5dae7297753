package io.github.roster.cli;

import picocli.CommandLine.Command;

/** {@code roster sync}: keep BIM 360, ACC and Procore in step with an HR export. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Keeps BIM 360, ACC and Procore in step with an HR export, like terraform plan/apply:"
                + " `sync plan` reads every target and writes a plan to review, `sync apply` executes it exactly"
                + " once, `sync report` shows where applying stands. See docs/sync.md."},
        subcommands = {SyncPlanCommand.class, SyncApplyCommand.class, SyncReportCommand.class})
final class SyncCommand {
}
