package io.github.roster.cli;

import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.config.SyncConfigReader;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrExportReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What a plan is made from: the configuration, the HR export it describes, and the state file it names; any
 * problem with them is invalid input (exit 2).
 *
 * @param config the sync configuration
 * @param hr the HR export
 * @param state the state file's content
 */
record SyncInputs(SyncConfig config, HrExport hr, SyncState state) {

    static SyncInputs read(Path configFile, Path hrFile) {
        try {
            SyncConfig config = SyncConfigReader.read(configFile);
            HrExport hr = new HrExportReader(config.hr()).read(hrFile);
            return new SyncInputs(config, hr, SyncState.read(config.statePath()));
        } catch (SyncInputException | UncheckedIOException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
