package io.github.roster.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent requests the sandbox received, oldest first, up to a limit (older ones are dropped). */
final class ReceivedRequests {

    private final int limit;
    private final Deque<ReceivedRequest> requests = new ArrayDeque<>();

    ReceivedRequests(int limit) {
        this.limit = limit;
    }

    synchronized void record(ReceivedRequest request) {
        if (limit == 0) {
            return;
        }
        if (requests.size() == limit) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<ReceivedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
