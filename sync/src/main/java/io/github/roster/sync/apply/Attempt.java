package io.github.roster.sync.apply;

import io.github.roster.error.ApiException;
import io.github.roster.error.RateLimitedException;
import io.github.roster.error.RosterException;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TransportException;
import io.github.roster.error.ValidationException;
import io.github.roster.http.Response;
import io.github.roster.sync.PlannedAction;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What sending one action's write came to, before it is read back.
 *
 * @param action the action
 * @param result whether the vendor took it, refused it, or may have taken it
 * @param reason the vendor's reason for a refusal, or why the outcome is unknown
 * @param requestIds the vendor's request ids of the calls made for it (empty when unknown)
 */
record Attempt(PlannedAction action, Result result, String reason, List<String> requestIds) {

    /** Whether the write happened, as the answer says. */
    enum Result {
        /** The vendor answered that it did it. */
        TAKEN,
        /** The vendor refused it, or it was never sent: nothing changed. */
        REFUSED,
        /** It may or may not have happened (no answer after it was processed, a 5xx): read to know. */
        UNKNOWN
    }

    Attempt {
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
    }

    static Attempt taken(PlannedAction action, String requestId) {
        return new Attempt(action, Result.TAKEN, null, requestId == null ? List.of() : List.of(requestId));
    }

    static Attempt refused(PlannedAction action, String reason) {
        return new Attempt(action, Result.REFUSED, reason, List.of());
    }

    static Attempt unknown(PlannedAction action, String reason) {
        return new Attempt(action, Result.UNKNOWN, reason, List.of());
    }

    /**
     * Sends one action's single request: the journal hears that it starts first ({@code beforeSending}), and a
     * vendor's refusal or a lost answer becomes the attempt's result instead of an exception.
     *
     * @param request the call; returns its answer, or null for a call whose answer carries nothing
     */
    static Attempt sendOne(PlannedAction action, Consumer<List<PlannedAction>> beforeSending,
                           Supplier<Response<?>> request) {
        beforeSending.accept(List.of(action));
        try {
            Response<?> answer = request.get();
            return taken(action, answer == null ? null : answer.requestId().orElse(null));
        } catch (RosterException e) {
            return failed(action, e);
        }
    }

    /** Sorts a failed call: refused by the vendor (or never sent), or possibly done. */
    static Attempt failed(PlannedAction action, RosterException e) {
        if (e instanceof ValidationException v) {
            return refused(action, "invalid, not sent: " + v.getMessage());
        }
        if (e instanceof TransportException t) {
            return t.requestMayHaveBeenProcessed() ? unknown(action, "no answer: " + t.getMessage())
                    : refused(action, "not sent: " + t.getMessage());
        }
        if (e instanceof RateLimitedException r) {
            return withRequestId(refused(action, reason(r)), r);
        }
        if (e instanceof ServerErrorException s) {
            return withRequestId(unknown(action, reason(s)), s);
        }
        if (e instanceof ApiException a) {
            return withRequestId(refused(action, reason(a)), a);
        }
        return refused(action, e.getMessage());
    }

    private static Attempt withRequestId(Attempt attempt, ApiException e) {
        return e.requestId().map(id -> new Attempt(attempt.action, attempt.result, attempt.reason, List.of(id)))
                .orElse(attempt);
    }

    private static String reason(ApiException e) {
        return "HTTP " + e.status() + ": " + e.vendorMessage().orElse(e.getMessage());
    }
}
