package io.github.roster.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SpecDocumentsTest {

    @ParameterizedTest
    @EnumSource(RosterSpec.class)
    void parsesWithoutAnyMessage(RosterSpec spec) {
        SpecModel model = SpecModel.of(spec);
        assertThat(model.messages()).as(spec.fileName()).isEmpty();
        assertThat(model.api().getOpenapi()).isEqualTo("3.0.3");
        assertThat(model.operations()).as(spec.fileName()).isNotEmpty();
    }

    @Test
    void everyOperationHasAUniqueIdASummaryAndASuccessStatus() {
        List<SpecOperation> all = SpecModel.allOperations().toList();
        assertThat(all).extracting(SpecOperation::id).doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(all).allSatisfy(op -> {
            assertThat(op.operation().getSummary()).as(op.toString()).isNotBlank();
            assertThat(op.statuses()).as(op.toString()).anyMatch(s -> s.startsWith("2"));
            assertThat(op.errorStatuses()).as(op.toString()).contains(400, 403, 404, 500);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.roster.specs.SpecModel#allOperations")
    void everyRequestExampleValidates(SpecOperation op) {
        RosterSpec spec = op.spec();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.read()).build();
        Map<String, Example> examples = op.requestExamples("application/json");
        if (op.hasRequestBody() && op.operation().getRequestBody().getContent().containsKey("application/json")) {
            assertThat(examples).as("%s has a request example", op).isNotEmpty();
        }
        examples.forEach((name, example) -> assertThat(errors(validator.validateRequest(request(op,
                SpecModel.json(example).toString())))).as("request example %s of %s", name, op).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.roster.specs.SpecModel#allOperations")
    void everyResponseExampleValidates(SpecOperation op) {
        RosterSpec spec = op.spec();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.read()).build();
        int checked = 0;
        for (String status : op.statuses()) {
            for (Map.Entry<String, Example> e : op.responseExamples(status).entrySet()) {
                SimpleResponse response = SimpleResponse.Builder.status(Integer.parseInt(status))
                        .withContentType("application/json").withBody(SpecModel.json(e.getValue()).toString()).build();
                assertThat(errors(validator.validateResponse(op.examplePath(), method(op), response)))
                        .as("%s response example %s of %s", status, e.getKey(), op).isEmpty();
                checked++;
            }
        }
        boolean successHasBody = op.statuses().stream().filter(s -> s.startsWith("2"))
                .anyMatch(s -> op.operation().getResponses().get(s).getContent() != null);
        if (successHasBody) {
            assertThat(checked).as("%s has response examples", op).isPositive();
        }
    }

    @Test
    void theExampleCheckBites() {
        SpecOperation model = SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN).operation("updateAccountUser");
        OpenApiInteractionValidator validator =
                OpenApiInteractionValidator.createForInlineApiSpecification(RosterSpec.AUTODESK_ACCOUNT_ADMIN.read()).build();
        ObjectNode badStatus = (ObjectNode) model.requestExample().deepCopy();
        badStatus.put("status", "bogus");
        ObjectNode longRole = (ObjectNode) model.requestExample().deepCopy();
        longRole.put("default_role", "r".repeat(256));
        ObjectNode unknown = (ObjectNode) model.requestExample().deepCopy();
        unknown.put("nickname", "Johnny");

        for (ObjectNode broken : List.of(badStatus, longRole, unknown)) {
            assertThat(errors(validator.validateRequest(request(model, broken.toString())))).as(broken.toString())
                    .isNotEmpty();
        }
    }

    @Test
    void accImportCarriesOneTo200Users() {
        Schema<?> users = (Schema<?>) SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN).schema("ProjectUsersImport").getProperties()
                .get("users");
        assertThat(users.getMinItems()).isEqualTo(1);
        assertThat(users.getMaxItems()).isEqualTo(200);
    }

    @Test
    void everyAutodeskOperationSharesTheOneRegionWithItsEightValues() {
        SpecModel autodesk = SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN);
        assertThat(autodesk.schema("Region").getEnum().stream().map(String::valueOf).toList())
                .containsExactly("US", "EMEA", "AUS", "CAN", "DEU", "IND", "JPN", "GBR");
        assertThat(autodesk.operations()).allSatisfy(op -> assertThat(op.parameters("header"))
                .as(op.toString()).anyMatch(p -> p.getName().equals("Region")
                        && p.getSchema().getEnum().equals(autodesk.schema("Region").getEnum())));
    }

    @Test
    void theLifecycleLimitsAreTheVendorsDocumentedOnes() {
        SpecModel autodesk = SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN);
        SpecModel procore = SpecModel.of(RosterSpec.PROCORE_DIRECTORY);
        assertThat(limit(autodesk.operation("listAccountUsers")).getMaximum()).isEqualByComparingTo("100");
        assertThat(limit(autodesk.operation("searchAccountUsers")).getMaximum()).isEqualByComparingTo("100");
        assertThat(limit(autodesk.operation("listProjectUsers")).getMaximum()).isEqualByComparingTo("200");
        assertThat(limit(autodesk.operation("listUserProjects")).getMaximum()).isEqualByComparingTo("200");
        Schema<?> importBody = autodesk.operation("importAccountUsers").operation().getRequestBody().getContent()
                .get("application/json").getSchema();
        assertThat(importBody.getMinItems()).isEqualTo(1);
        assertThat(importBody.getMaxItems()).isEqualTo(50);
        Schema<?> updates = (Schema<?>) procore.schema("CompanyUsersSync").getProperties().get("updates");
        assertThat(updates.getMaxItems()).isEqualTo(1000);
    }

    @Test
    void exactMatchingCanBeAskedForWhereTheVendorsDefaultIsFuzzy() {
        SpecModel autodesk = SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN);
        Parameter partial = query(autodesk.operation("searchAccountUsers"), "partial");
        assertThat(partial.getSchema().getDefault()).isEqualTo(true);
        assertThat(query(autodesk.operation("searchAccountUsers"), "operator").getSchema().getEnum())
                .containsExactly("OR", "AND");
        assertThat(query(autodesk.operation("listProjectUsers"), "filterTextMatch").getSchema().getEnum())
                .contains("equals");
        assertThat(query(autodesk.operation("listProjectUsers"), "filter[status]").getSchema().getItems().getEnum())
                .containsExactly("active", "pending", "deleted");
    }

    private static Schema<?> limit(SpecOperation op) {
        return query(op, "limit").getSchema();
    }

    private static Parameter query(SpecOperation op, String name) {
        return op.parameters("query").stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void procoreIdsAre64BitIntegers() {
        SpecOperation procore = SpecModel.of(RosterSpec.PROCORE_DIRECTORY).operation("updateCompanyUser");
        List<Parameter> ids = new ArrayList<>(procore.parameters("path"));
        ids.addAll(procore.parameters("header"));
        assertThat(ids).extracting(Parameter::getName).containsExactlyInAnyOrder("company_id", "id", "Procore-Company-Id");
        assertThat(ids).allSatisfy(p -> {
            assertThat(p.getSchema().getType()).isEqualTo("integer");
            assertThat(p.getSchema().getFormat()).isEqualTo("int64");
        });
    }

    @Test
    void theProcoreFormHasEveryJsonFieldAsAUserPartAndTheAvatarAsBinary() {
        SpecModel procore = SpecModel.of(RosterSpec.PROCORE_DIRECTORY);
        Set<String> json = new TreeSet<>(procore.schema("CompanyUserUpdate").getProperties().keySet());
        Map<String, Schema> form = procore.schema("CompanyUserUpdateForm").getProperties();
        Set<String> parts = form.keySet().stream().filter(k -> !k.equals("user[avatar]"))
                .map(k -> k.substring("user[".length(), k.length() - 1)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(parts).isEqualTo(json);
        assertThat(form.get("user[avatar]").getFormat()).isEqualTo("binary");
        assertThat(procore.schema("CompanyUserUpdate").getRequired()).containsExactlyInAnyOrder("last_name", "email_address");
        assertThat(procore.schema("CompanyUserUpdateForm").getRequired())
                .containsExactlyInAnyOrder("user[last_name]", "user[email_address]");
    }

    @Test
    void everyStatusTheReferencePagesListIsDocumented() {
        SpecModel autodesk = SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN);
        assertThat(autodesk.operation("updateAccountUser").statuses())
                .contains("200", "400", "403", "404", "409", "422", "500");
        assertThat(autodesk.operation("importProjectUsers").statuses())
                .contains("202", "400", "401", "403", "404", "406", "409", "410", "412", "415", "429", "500", "503");
        assertThat(SpecModel.of(RosterSpec.PROCORE_DIRECTORY).operation("updateCompanyUser").statuses())
                .contains("200", "422", "429", "503");
    }

    private static Request request(SpecOperation model, String body) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(method(model), model.examplePath())
                .withContentType("application/json").withAuthorization("Bearer t").withBody(body);
        for (Parameter h : model.parameters("header")) {
            if (Boolean.TRUE.equals(h.getRequired())) {
                b.withHeader(h.getName(), String.valueOf(h.getExample()));
            }
        }
        return b.build();
    }

    private static Request.Method method(SpecOperation model) {
        return Request.Method.valueOf(model.method().name());
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

}
