package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.error.VendorError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a caller reads from {@code ApiException.vendorError()} for each shape of error body the vendors send
 * (Autodesk {@code code/message} and {@code developerMessage}, Procore {@code errors} objects and arrays, OAuth
 * {@code error/error_description}, gateways' {@code error} objects), and that no body ever makes reading fail.
 */
class VendorErrorShapesTest {

    private final VendorErrorParser parser = new VendorErrorParser(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html><body>502 Bad Gateway</body></html>", "[\"a\",\"b\"]", "\"text\"",
            "42", "null", "{\"code\":", "{}"})
    void bodiesWithoutAnErrorObjectReadAsEmpty(String body) {
        VendorError e = parser.parse(body);

        assertThat(e.code()).isNull();
        assertThat(e.message()).isNull();
        assertThat(e.fieldErrors()).isEmpty();
    }

    @Test
    void aNullBodyReadsAsEmpty() {
        assertThat(parser.parse(null)).isEqualTo(VendorError.EMPTY);
    }

    @Test
    void autodeskCodeAndMessage() {
        VendorError e = parser.parse("{\"code\":\"1004\",\"message\":\"Email is already in use\"}");

        assertThat(e.code()).isEqualTo("1004");
        assertThat(e.message()).isEqualTo("Email is already in use");
    }

    @Test
    void eachSpellingOfTheCodeIsRead() {
        assertThat(parser.parse("{\"errorCode\":\"E2\"}").code()).isEqualTo("E2");
        assertThat(parser.parse("{\"error_code\":\"E3\"}").code()).isEqualTo("E3");
        assertThat(parser.parse("{\"code\":409}").code()).isEqualTo("409");
    }

    @Test
    void eachSpellingOfTheMessageIsRead() {
        assertThat(parser.parse("{\"developerMessage\":\"dev\"}").message()).isEqualTo("dev");
        assertThat(parser.parse("{\"detail\":\"det\"}").message()).isEqualTo("det");
        assertThat(parser.parse("{\"userMessage\":\"usr\"}").message()).isEqualTo("usr");
        assertThat(parser.parse("{\"error_description\":\"desc\"}").message()).isEqualTo("desc");
    }

    @Test
    void theFirstSpellingPresentWins() {
        VendorError e = parser.parse("{\"error_code\":\"late\",\"code\":\"first\","
                + "\"error_description\":\"late\",\"detail\":\"middle\",\"message\":\"first\"}");

        assertThat(e.code()).isEqualTo("first");
        assertThat(e.message()).isEqualTo("first");
    }

    @Test
    void emptyNullAndNonTextValuesAreSkippedForTheNextSpelling() {
        VendorError e = parser.parse("{\"code\":\"\",\"errorCode\":null,\"error_code\":\"E9\","
                + "\"message\":{\"text\":\"nested\"},\"developerMessage\":[\"x\"],\"detail\":\"plain\"}");

        assertThat(e.code()).isEqualTo("E9");
        assertThat(e.message()).isEqualTo("plain");
    }

    @Test
    void procoreFieldErrorsAreKeptPerField() {
        VendorError e = parser.parse("{\"errors\":{\"email_address\":[\"has already been taken\",\"is invalid\"],"
                + "\"last_name\":\"can't be blank\",\"vendor\":{\"id\":[\"unknown\"]},\"ids\":[1,{\"a\":2}]}}");

        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("email_address", List.of("has already been taken", "is invalid")),
                Map.entry("last_name", List.of("can't be blank")),
                Map.entry("vendor", List.of("{\"id\":[\"unknown\"]}")),
                Map.entry("ids", List.of("1", "{\"a\":2}")));
        assertThat(e.message()).isNull();
    }

    @Test
    void anErrorsListWithoutAMessageBecomesTheMessage() {
        VendorError e = parser.parse("{\"errors\":[\"first problem\",2,{\"field\":\"x\"}]}");

        assertThat(e.message()).isEqualTo("first problem; 2; {\"field\":\"x\"}");
        assertThat(e.fieldErrors()).isEmpty();
    }

    @Test
    void anErrorsListDoesNotReplaceAMessage() {
        assertThat(parser.parse("{\"message\":\"m\",\"errors\":[\"e\"]}").message()).isEqualTo("m");
    }

    @Test
    void anEmptyErrorsListIsNoMessage() {
        assertThat(parser.parse("{\"errors\":[]}").message()).isNull();
        assertThat(parser.parse("{\"errors\":[],\"error\":\"fallback\"}").message()).isEqualTo("fallback");
    }

    @Test
    void errorsThatAreNeitherListNorObjectAreIgnored() {
        VendorError e = parser.parse("{\"errors\":\"oops\"}");

        assertThat(e.message()).isNull();
        assertThat(e.fieldErrors()).isEmpty();
    }

    @Test
    void anOauthErrorTextIsTheMessageWhenThereIsNoDescription() {
        VendorError e = parser.parse("{\"error\":\"invalid_client\"}");

        assertThat(e.message()).isEqualTo("invalid_client");
        assertThat(e.code()).isNull();
        assertThat(parser.parse("{\"error\":\"invalid_client\",\"error_description\":\"bad secret\"}").message())
                .isEqualTo("bad secret");
    }

    @Test
    void aGatewayErrorObjectGivesMessageAndCode() {
        VendorError e = parser.parse("{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}");

        assertThat(e.code()).isEqualTo("Throttled");
        assertThat(e.message()).isEqualTo("slow down");
        assertThat(parser.parse("{\"error\":{\"detail\":\"d\"}}").message()).isEqualTo("d");
    }

    @Test
    void theTopLevelWinsOverTheErrorObject() {
        VendorError e = parser.parse("{\"code\":\"top\",\"message\":\"top message\","
                + "\"error\":{\"code\":\"inner\",\"message\":\"inner message\"}}");

        assertThat(e.code()).isEqualTo("top");
        assertThat(e.message()).isEqualTo("top message");
        VendorError codeOnly = parser.parse("{\"code\":\"top\",\"error\":{\"code\":\"inner\",\"message\":\"m\"}}");
        assertThat(codeOnly.code()).isEqualTo("top");
        assertThat(codeOnly.message()).isEqualTo("m");
        VendorError messageOnly = parser.parse("{\"message\":\"top\",\"error\":{\"code\":\"inner\"}}");
        assertThat(messageOnly.code()).isNull();
        assertThat(messageOnly.message()).isEqualTo("top");
    }
}
