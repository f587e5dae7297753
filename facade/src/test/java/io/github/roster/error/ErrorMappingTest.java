package io.github.roster.error;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, UnauthorizedException.class),
                Arguments.of(403, ForbiddenException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(406, ApiException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(410, GoneException.class),
                Arguments.of(412, PreconditionFailedException.class),
                Arguments.of(415, UnsupportedMediaTypeException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(429, RateLimitedException.class),
                Arguments.of(500, ServerErrorException.class),
                Arguments.of(503, ServerErrorException.class));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @MethodSource("outcomes")
    void eachStatusReachesTheCallerAsItsOwnType(int status, Class<? extends ApiException> type) {
        String body = "{\"message\":\"status " + status + "\",\"errors\":{\"last_name\":[\"can't be blank\"]}}";
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)
                .withHeader("Retry-After", "7")));
        Throwable thrown;
        try (ProcoreDirectoryClient client = TestServers.procore(server)) {
            thrown = catchThrowable(() -> client.updateCompanyUser(8089L, 42L,
                    new CompanyUserUpdate().lastName("Smith").emailAddress("j.smith@example.com")));
        }
        assertThat(thrown).isExactlyInstanceOf(type);
        ApiException e = (ApiException) thrown;
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.vendorMessage()).contains("status " + status);
        assertThat(e.fieldErrors()).containsEntry("last_name", java.util.List.of("can't be blank"));
        assertThat(e.rawBody()).isEqualTo(body);
        assertThat(e.retryAfter()).contains(java.time.Duration.ofSeconds(7));
        assertThat(e.getMessage()).doesNotContain(TestServers.TOKEN);
    }

    @ParameterizedTest(name = "body {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "<html>Bad gateway</html>", "[1,2]", "{\"code\":"})
    void unreadableErrorBodiesStillGiveTheStatusAndRawBody(String body) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody(body)));
        Throwable thrown;
        try (ProcoreDirectoryClient client = TestServers.procore(server)) {
            thrown = catchThrowable(() -> client.updateCompanyUser(8089L, 42L,
                    new CompanyUserUpdate().lastName("Smith").emailAddress("j.smith@example.com")));
        }
        assertThat(thrown).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.rawBody()).isEqualTo(body);
            assertThat(e.vendorCode()).isEmpty();
        });
    }
}
