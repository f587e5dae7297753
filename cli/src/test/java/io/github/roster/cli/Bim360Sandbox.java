package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code roster bim360 ...} against an in-process sandbox. */
final class Bim360Sandbox implements AutoCloseable {

    static final String TOKEN = "cli-token";
    static final String ACCOUNT = SandboxSeed.BIM360_ACCOUNT_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    final RosterSandbox sandbox = RosterSandbox.builder().port(0).token(TOKEN).build().start();

    /** {@code roster bim360 <command> --base-url ... --token ... <args>}. */
    Cli.Result run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of("bim360", command, "--base-url", sandbox.baseUrl().toString(),
                "--token", TOKEN));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(new String[0]));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
