package io.github.roster.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text of Roster's exceptions is what a person reads in a log or a terminal: it names the call, the status, the
 * vendor's code and message, every field the vendor rejected and the wait it asked for, and for bad input every
 * bad field with the value it had (long values shortened).
 */
class ErrorMessagesTest {

    private static ErrorResponse answer(int status, VendorError vendorError, Duration retryAfter) {
        return new ErrorResponse(status, "PATCH", "/rest/v1.0/companies/8089/users/42", vendorError, "{}", retryAfter);
    }

    @Test
    void anApiErrorNamesTheCallStatusVendorCodeMessageFieldsAndWait() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("last_name", List.of("can't be blank", "is too short"));
        fields.put("email_address", List.of("is taken"));

        ApiException e = ApiExceptions.from(answer(422, new VendorError("INVALID", "Validation failed", fields),
                Duration.ofSeconds(3)));

        assertThat(e).hasMessage("PATCH /rest/v1.0/companies/8089/users/42 failed: HTTP 422, vendor code INVALID: "
                + "Validation failed; last_name can't be blank, is too short; email_address is taken (retry after 3000 ms)");
    }

    @Test
    void anApiErrorWithoutVendorDetailsSaysOnlyTheCallAndStatus() {
        ApiException e = ApiExceptions.from(answer(404, null, null));

        assertThat(e).hasMessage("PATCH /rest/v1.0/companies/8089/users/42 failed: HTTP 404");
        assertThat(e.vendorCode()).isEmpty();
        assertThat(e.vendorMessage()).isEmpty();
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.headers()).isEmpty();
        assertThat(e.rawBody()).isEqualTo("{}");
    }

    @Test
    void aVendorMessageWithoutCodeAndACodeWithoutMessageAreEachShownAlone() {
        assertThat(ApiExceptions.from(answer(400, new VendorError(null, "Bad company", null), null)))
                .hasMessage("PATCH /rest/v1.0/companies/8089/users/42 failed: HTTP 400: Bad company");
        assertThat(ApiExceptions.from(answer(400, new VendorError("E_BAD", null, Map.of()), null)))
                .hasMessage("PATCH /rest/v1.0/companies/8089/users/42 failed: HTTP 400, vendor code E_BAD");
    }

    @Test
    void statusesBelow500WithoutTheirOwnTypeAreApiExceptionsAndEvery5xxIsAServerError() {
        assertThat(ApiExceptions.from(answer(499, null, null))).isExactlyInstanceOf(ApiException.class);
        assertThat(ApiExceptions.from(answer(500, null, null))).isExactlyInstanceOf(ServerErrorException.class);
        assertThat(ApiExceptions.from(answer(599, null, null))).isExactlyInstanceOf(ServerErrorException.class);
        assertThat(ApiExceptions.from(answer(418, null, null))).isExactlyInstanceOf(ApiException.class);
    }

    @Test
    void vendorFieldErrorsAreACopyTheCallerCannotChangeAndNullMessagesBecomeEmpty() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("first_name", null);
        fields.put("job_title", new java.util.ArrayList<>(List.of("too long")));
        VendorError error = new VendorError("E", "m", fields);
        fields.put("added_later", List.of("x"));

        assertThat(error.fieldErrors()).containsOnlyKeys("first_name", "job_title");
        assertThat(error.fieldErrors().get("first_name")).isEmpty();
        assertThat(error.fieldErrors().get("job_title")).containsExactly("too long");
        assertThat(new VendorError(null, null, null).fieldErrors()).isEmpty();
    }

    @Test
    void oneBadFieldIsSingularAndNamesTheValue() {
        ValidationException e = new ValidationException(List.of(
                new Violation("email", "Email", "must be a well-formed email address", "x@")));

        assertThat(e).hasMessage("1 invalid field, nothing was sent:\n"
                + "  email: must be a well-formed email address (was \"x@\")");
    }

    @Test
    void manyBadFieldsAreEachOnTheirOwnLineAndAViolationOfTheWholeInputSaysSo() {
        ValidationException e = new ValidationException(List.of(
                new Violation("", "Duplicate", "two users share an e-mail", null),
                new Violation("users[1].country", "Country", "is not an ISO 3166 country", "XX")));

        assertThat(e).hasMessage("2 invalid fields, nothing was sent:\n"
                + "  (input): two users share an e-mail\n"
                + "  users[1].country: is not an ISO 3166 country (was \"XX\")");
    }

    @Test
    void aValueUpTo60CharactersIsShownWholeAndALongerOneIsCutWithItsLength() {
        String sixty = "a".repeat(60);
        String sixtyOne = "b".repeat(61);

        assertThat(new Violation("job_title", "Size", "is too long", sixty).describe())
                .isEqualTo("job_title: is too long (was \"" + sixty + "\")");
        assertThat(new Violation("job_title", "Size", "is too long", sixtyOne))
                .hasToString("job_title: is too long (was \"" + "b".repeat(60) + "...\", 61 characters)");
    }

    @Test
    void aTransportFailureWhoseAnswerWasUnreadableMayHaveBeenProcessed() {
        IOException cause = new IOException("connection reset");
        TransportException unreadable = TransportException.unreadableResponse("answer cut off", cause);
        TransportException notSent = new TransportException("refused", false, cause);
        TransportException maybeSent = new TransportException("reset after sending", true, cause);

        assertThat(unreadable.requestMayHaveBeenProcessed()).isTrue();
        assertThat(unreadable.responseUnreadable()).isTrue();
        assertThat(unreadable).hasMessage("answer cut off").hasCause(cause);
        assertThat(notSent.requestMayHaveBeenProcessed()).isFalse();
        assertThat(notSent.responseUnreadable()).isFalse();
        assertThat(maybeSent.requestMayHaveBeenProcessed()).isTrue();
        assertThat(maybeSent.responseUnreadable()).isFalse();
    }
}
