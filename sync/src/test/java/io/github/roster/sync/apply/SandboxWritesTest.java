package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.PlannedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh sandbox with facade clients for each test of one target's writes, and the lists of actions the writes
 * announced (to the journal) before sending them.
 */
abstract class SandboxWritesTest {

    RosterSandbox sandbox;
    SandboxClients clients;
    final List<List<PlannedAction>> announced = new ArrayList<>();

    @BeforeEach
    void startSandbox() {
        sandbox = RosterSandbox.builder().build().start();
        clients = new SandboxClients(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        clients.close();
        sandbox.close();
    }

    /** Sends the actions through {@code writes}: one attempt per action, by action. */
    Map<PlannedAction, Attempt> send(TargetWrites writes, List<PlannedAction> actions, TargetView now) {
        List<Attempt> attempts = writes.send(actions, now, announced::add);
        assertThat(attempts).hasSameSizeAs(actions);
        return attempts.stream().collect(Collectors.toMap(Attempt::action, Function.identity()));
    }
}
