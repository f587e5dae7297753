package io.github.roster.sync.apply;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;

/** Facade clients talking to a sandbox on loopback. */
final class SandboxClients implements AutoCloseable {

    final AutodeskAccountAdminClient autodesk;
    final ProcoreDirectoryClient procore;

    SandboxClients(RosterSandbox sandbox) {
        String base = sandbox.baseUrl().toString();
        autodesk = AutodeskAccountAdminClient.builder().baseUrl(base).tokenProvider(TokenProvider.of("t")).build();
        procore = ProcoreDirectoryClient.builder().baseUrl(base).tokenProvider(TokenProvider.of("t")).build();
    }

    SyncApplier applier(ApplyOptions options) {
        return new SyncApplier(autodesk, procore, options);
    }

    @Override
    public void close() {
        autodesk.close();
        procore.close();
    }
}
