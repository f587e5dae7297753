package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Spec path templates: variables captured by name; {@code :} and {@code .} are literal. */
class PathTemplateTest {

    @Test
    void variablesAreCapturedByName() {
        PathParameters parameters = new PathTemplate("/hq/v1/accounts/{account_id}/users/{user_id}")
                .match("/hq/v1/accounts/acc-1/users/user-2").orElseThrow();
        assertThat(parameters.get("account_id")).isEqualTo("acc-1");
        assertThat(parameters.get("user_id")).isEqualTo("user-2");
        assertThat(parameters.find("id")).isEmpty();
        assertThatThrownBy(() -> parameters.get("id")).hasMessageContaining("'id'").hasMessageContaining("account_id");
    }

    @Test
    void colonIsLiteral() {
        PathTemplate template = new PathTemplate("/construction/admin/v2/projects/{projectId}/users:import");
        assertThat(template.match("/construction/admin/v2/projects/p-1/users:import").orElseThrow().get("projectId"))
                .isEqualTo("p-1");
        assertThat(template.match("/construction/admin/v2/projects/p-1/users")).isEmpty();
        assertThat(template.match("/construction/admin/v2/projects/p-1/usersXimport")).isEmpty();
        assertThat(template.literalSegments()).as("construction, admin, v2, projects, users:import").isEqualTo(5);
    }

    @Test
    void variableBeforeALiteralSuffixInOneSegment() {
        assertThat(new PathTemplate("/jobs/{jobId}:cancel").match("/jobs/j:1:cancel").orElseThrow().get("jobId"))
                .isEqualTo("j:1");
    }

    @Test
    void dotIsLiteral() {
        PathTemplate template = new PathTemplate("/rest/v1.3/companies/{company_id}/users/{id}");
        assertThat(template.match("/rest/v1.3/companies/8089/users/12").orElseThrow().get("id")).isEqualTo("12");
        assertThat(template.match("/rest/v1x3/companies/8089/users/12")).isEmpty();
    }

    @Test
    void aVariableNeverSpansSegmentsNorIsEmpty() {
        PathTemplate template = new PathTemplate("/hq/v1/accounts/{account_id}/users/{user_id}");
        assertThat(template.match("/hq/v1/accounts/a/b/users/u")).isEmpty();
        assertThat(template.match("/hq/v1/accounts//users/u")).isEmpty();
        assertThat(template.match("/hq/v1/accounts/a/users/u/")).isEmpty();
    }

    @Test
    void regexCharactersInLiteralsAreLiteral() {
        assertThat(new PathTemplate("/a+b/(c)/{x}").match("/a+b/(c)/1")).isPresent();
        assertThat(new PathTemplate("/a+b/(c)/{x}").match("/aab/c/1")).isEmpty();
    }
}
