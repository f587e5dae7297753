package io.github.roster.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Roster exception survives Java serialisation with all it carries, and no accessor fails after it. */
class ExceptionSerializationTest {

    private static final ErrorResponse ANSWER = new ErrorResponse(429, "PATCH", "/hq/v1/accounts/a/users/u",
            new VendorError("RATE", "slow down", Map.of("email_address", List.of("is taken"))), "{\"code\":\"RATE\"}",
            Duration.ofSeconds(25), headers());

    private static Map<String, List<String>> headers() {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.put("x-ads-request-id", List.of("req-42"));
        h.put("X-Rate-Limit-Remaining", List.of("0"));
        return h;
    }

    static Stream<ApiException> apiExceptions() {
        return Stream.of(400, 401, 403, 404, 406, 409, 410, 412, 415, 422, 429, 500, 503)
                .map(s -> ApiExceptions.from(new ErrorResponse(s, ANSWER.method(), ANSWER.path(), ANSWER.vendorError(),
                        ANSWER.rawBody(), ANSWER.retryAfter(), ANSWER.headers())));
    }

    @ParameterizedTest
    @MethodSource("apiExceptions")
    void apiExceptionsKeepStatusVendorErrorHeadersAndRequestId(ApiException original) {
        ApiException copy = roundTrip(original);

        assertThat(copy).isExactlyInstanceOf(original.getClass()).hasMessage(original.getMessage());
        assertThat(copy.status()).isEqualTo(original.status());
        assertThat(copy.method()).isEqualTo("PATCH");
        assertThat(copy.path()).isEqualTo(original.path());
        assertThat(copy.vendorCode()).contains("RATE");
        assertThat(copy.vendorMessage()).contains("slow down");
        assertThat(copy.fieldErrors()).containsEntry("email_address", List.of("is taken"));
        assertThat(copy.rawBody()).isEqualTo(original.rawBody());
        assertThat(copy.retryAfter()).contains(Duration.ofSeconds(25));
        assertThat(copy.requestId()).contains("req-42");
        assertThat(copy.header("x-rate-limit-remaining")).contains("0");
    }

    @ParameterizedTest
    @MethodSource("apiExceptions")
    void anAnswerWithoutHeadersOrVendorErrorSurvivesToo(ApiException unused) {
        ApiException copy = roundTrip(ApiExceptions.from(new ErrorResponse(unused.status(), "GET", "/x", null, null,
                null)));

        assertThat(copy.vendorCode()).isEmpty();
        assertThat(copy.fieldErrors()).isEmpty();
        assertThat(copy.requestId()).isEmpty();
        assertThat(copy.headers()).isEmpty();
        assertThat(copy.retryAfter()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void tokenRequestExceptionSurvives() {
        TokenRequestException copy = roundTrip(new TokenRequestException(ANSWER));

        assertThat(copy.status()).isEqualTo(429);
        assertThat(copy.requestId()).contains("req-42");
        assertThat(copy.vendorCode()).contains("RATE");
    }

    @org.junit.jupiter.api.Test
    void validationExceptionKeepsEveryViolationEvenWithAnUnserialisableRejectedValue() {
        Object notSerialisable = new Object() {
            @Override
            public String toString() {
                return "odd value";
            }
        };
        ValidationException copy = roundTrip(new ValidationException(List.of(
                new Violation("users[0].email", "Email", "must be a well-formed email address", "x@"),
                new Violation("user.avatar", "image", "must be an image", notSerialisable),
                new Violation("", "patch-not-empty", "set a field", null))));

        assertThat(copy.violations()).extracting(Violation::path)
                .containsExactly("users[0].email", "user.avatar", "");
        assertThat(copy.violations()).extracting(Violation::rejectedValue).containsExactly("x@", "odd value", null);
        assertThat(copy.getMessage()).startsWith("3 invalid fields");
    }

    @org.junit.jupiter.api.Test
    void transportExceptionKeepsItsFlagsAndCause() {
        TransportException copy = roundTrip(new TransportException("could not connect", false,
                new ConnectException("refused")));
        TransportException unreadable = roundTrip(TransportException.unreadableResponse("bad json", null));

        assertThat(copy.requestMayHaveBeenProcessed()).isFalse();
        assertThat(copy.responseUnreadable()).isFalse();
        assertThat(copy.getCause()).isInstanceOf(ConnectException.class).hasMessage("refused");
        assertThat(unreadable.responseUnreadable()).isTrue();
        assertThat(unreadable.requestMayHaveBeenProcessed()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void rosterExceptionSurvives() {
        assertThat(roundTrip(new RosterException("boom", null))).hasMessage("boom");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T roundTrip(T original) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(original);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
