package io.github.roster.sync.apply;

import io.github.roster.sync.PlannedAction;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends the writes of one phase to one target, in bulk where the vendor has a bulk endpoint. Never throws for a
 * vendor's answer: each action gets an {@link Attempt}. {@code beforeSending} is called with the actions of each
 * request just before it goes, so that the journal says they started.
 */
interface TargetWrites {

    List<Attempt> send(List<PlannedAction> actions, TargetView now, Consumer<List<PlannedAction>> beforeSending);
}
