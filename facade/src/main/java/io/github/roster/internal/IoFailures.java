package io.github.roster.internal;

import io.github.roster.error.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Turns an I/O failure into a {@link TransportException} that says whether the request may have reached
 * the vendor: only failures to connect prove it did not.
 */
public final class IoFailures {

    private IoFailures() {
    }

    /**
     * Classifies a failure.
     *
     * @param operation e.g. {@code POST /construction/admin/v2/projects/{projectId}/users:import}
     * @param failure the failure, or a wrapper of one
     * @return the exception to throw or retry on
     */
    public static TransportException classify(String operation, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof IOException)) {
            root = root.getCause();
        }
        boolean neverSent = isConnectFailure(root);
        String what = neverSent ? "could not connect" : "no usable response";
        return new TransportException(operation + ": " + what + " (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")", !neverSent, failure);
    }

    private static boolean isConnectFailure(Throwable t) {
        return t instanceof ConnectException
                || t instanceof ConnectTimeoutException
                || t instanceof HttpConnectTimeoutException
                || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException;
    }
}
