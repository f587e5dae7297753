package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

/** Only a failure to connect proves a request was not sent; anything later may have reached the vendor. */
class IoFailuresTest {

    private static boolean mayHaveBeenProcessed(Throwable t) {
        return IoFailures.classify("POST /x", t).requestMayHaveBeenProcessed();
    }

    @Test
    void connectFailuresMeanNotSent() {
        assertThat(mayHaveBeenProcessed(new ConnectException("Connection refused"))).isFalse();
        assertThat(mayHaveBeenProcessed(new ConnectTimeoutException("connect timed out"))).isFalse();
        assertThat(mayHaveBeenProcessed(new HttpConnectTimeoutException("HTTP connect timed out"))).isFalse();
        assertThat(mayHaveBeenProcessed(new UnknownHostException("login.example"))).isFalse();
        assertThat(mayHaveBeenProcessed(new RuntimeException("wrapper", new ConnectException()))).isFalse();
    }

    @Test
    void laterFailuresMeanMaybeProcessed() {
        assertThat(mayHaveBeenProcessed(new SocketTimeoutException("Read timed out"))).isTrue();
        assertThat(mayHaveBeenProcessed(new HttpTimeoutException("request timed out"))).isTrue();
        assertThat(mayHaveBeenProcessed(new SocketException("Connection reset"))).isTrue();
        assertThat(mayHaveBeenProcessed(new NoHttpResponseException("127.0.0.1:1 failed to respond"))).isTrue();
        assertThat(mayHaveBeenProcessed(new IOException("stream closed"))).isTrue();
    }
}
