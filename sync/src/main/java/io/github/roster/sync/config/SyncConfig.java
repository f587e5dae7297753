package io.github.roster.sync.config;

import io.github.roster.sync.SafetyRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A sync configuration file: how to read HR, which targets follow it, the safety rules and where the state
 * file is. Credentials are never part of it. Read one with {@link SyncConfigReader}.
 *
 * @param hr how to read the HR export
 * @param bim360 the BIM 360 account, or null when none is synced
 * @param accProjects the ACC projects (empty when none)
 * @param procore the Procore company, or null when none is synced
 * @param safety the safety rules
 * @param statePath the state file, absolute (relative paths in the file are resolved against its directory)
 * @param digest SHA-256 (hex) of the configuration file's bytes
 */
public record SyncConfig(HrSettings hr, Bim360Settings bim360, List<AccProjectSettings> accProjects,
                         ProcoreSettings procore, SafetyRules safety, Path statePath, String digest) {

    /**
     * Checks the parts and copies the list.
     *
     * @param hr HR settings
     * @param bim360 BIM 360 settings or null
     * @param accProjects ACC projects
     * @param procore Procore settings or null
     * @param safety safety rules
     * @param statePath state file
     * @param digest configuration digest
     */
    public SyncConfig {
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(statePath, "statePath");
        accProjects = List.copyOf(accProjects);
    }

    /**
     * Whether any target is an Autodesk one (BIM 360 or ACC), so an Autodesk client is needed.
     *
     * @return true when BIM 360 or an ACC project is configured
     */
    public boolean needsAutodesk() {
        return bim360 != null || !accProjects.isEmpty();
    }
}
