package io.github.roster.client.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import feign.Feign;
import feign.FeignException;
import feign.hc5.ApacheHttp5Client;
import feign.jackson.JacksonEncoder;
import io.github.roster.client.autodesk.api.ProjectUsersApi;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUsersImport;
import io.github.roster.client.autodesk.model.ProjectUsersImportJob;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.core.RosterJson;
import io.github.roster.specs.GeneratedConstraints;
import io.github.roster.specs.RosterSpec;
import io.github.roster.specs.SpecModel;
import io.github.roster.specs.SpecOperation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectUsersApiTest {

    static final SpecModel SPEC = SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN);
    static final SpecOperation OP = SPEC.operation("importProjectUsers");
    static final UUID PROJECT = UUID.fromString("367d5cc2-9008-462c-96e5-c9491db85d93");
    static final String USER_ID = "6cc15635-2fbd-4f73-afbe-abd833408a1d";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ObjectMapper mapper = RosterJson.newObjectMapper();
    private final ProjectUsersApi api = Feign.builder().client(new ApacheHttp5Client())
            .encoder(new JacksonEncoder(mapper)).decoder(new ApiResponseDecoder(mapper))
            .target(ProjectUsersApi.class, server.baseUrl());

    private void answer(int status, String body) {
        server.stubFor(post(urlEqualTo(OP.examplePath())).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void sendsTheReferenceExampleWithRegionAndUserIdAndDecodesTheJob() throws Exception {
        answer(202, OP.responseExample("202").toString());
        ProjectUsersImport example = mapper.treeToValue(OP.requestExample(), ProjectUsersImport.class);

        ProjectUsersImportJob job = api.importProjectUsers(PROJECT, example, Region.EMEA, USER_ID, null);

        server.verify(postRequestedFor(urlEqualTo(OP.examplePath()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Region", equalTo("EMEA"))
                .withHeader("User-Id", equalTo(USER_ID))
                .withRequestBody(equalToJson(OP.requestExample().toString(), false, false)));
        assertThat(job.getJobId()).isEqualTo(UUID.fromString(OP.responseExample("202").get("jobId").asText()));
        assertThat(example.getUsers().get(0).getProducts()).hasSize(8)
                .allSatisfy(p -> assertThat(p.getAccess()).isEqualTo(ProductAccessLevel.ADMINISTRATOR));
    }

    @Test
    void unsetFieldsAreNotSent() {
        answer(202, "{\"jobId\":\"0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52\"}");
        api.importProjectUsers(PROJECT, new ProjectUsersImport().addUsersItem(new ProjectUserImport()
                .email("a@example.com").addProductsItem(new ProductAccess().key(ProductKey.DOCS)
                        .access(ProductAccessLevel.MEMBER))), null, null, null);
        assertThat(server.getAllServeEvents().get(0).getRequest().getBodyAsString()).isEqualTo(
                "{\"users\":[{\"email\":\"a@example.com\",\"products\":[{\"key\":\"docs\",\"access\":\"member\"}]}]}");
    }

    @Test
    void everyDocumentedErrorReachesTheCallerWithItsStatusAndRawBody() {
        for (int status : OP.errorStatuses()) {
            String body = "{\"code\":\"ERR_" + status + "\",\"message\":\"status " + status + "\"}";
            answer(status, body);
            assertThatThrownBy(() -> api.importProjectUsers(PROJECT, new ProjectUsersImport(), null, null, null))
                    .as("HTTP %d", status)
                    .isInstanceOfSatisfying(FeignException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.contentUTF8()).isEqualTo(body);
                    });
        }
        assertThat(OP.errorStatuses()).contains(400, 401, 403, 404, 406, 409, 410, 412, 415, 429, 500, 503);
    }

    @Test
    void theGeneratedConstraintsAreTheSpecs() {
        assertThat(GeneratedConstraints.mismatches(SPEC.schema("ProjectUsersImport"), ProjectUsersImport.class)).isEmpty();
        assertThat(GeneratedConstraints.mismatches(SPEC.schema("ProjectUserImport"), ProjectUserImport.class)).isEmpty();
        assertThat(GeneratedConstraints.mismatches(SPEC.schema("ProductAccess"), ProductAccess.class)).isEmpty();
        List<ProjectUserImport> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(new ProjectUserImport().email("u" + i + "@example.com").products(List.of()));
        }
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(new ProjectUsersImport().users(tooMany)))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("users"));
        }
    }
}
