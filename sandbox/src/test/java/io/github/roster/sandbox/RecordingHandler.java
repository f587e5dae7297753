package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test handler that records every call it gets and answers 200 {@code {}}. */
final class RecordingHandler implements OperationHandler {

    /** One call: the request as the handler saw it and its path variables. */
    record Call(SandboxRequest request, PathParameters parameters) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        calls.add(new Call(request, parameters));
        ObjectNode body = Json.object();
        return SandboxResponse.json(200, body);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }
}
