package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.specs.RosterSpec;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Matching a method and path against spec templates: literal beats variable, 405 across templates, 404. */
class RouteTableTest {

    private static final String USERS = "/hq/v1/accounts/{account_id}/users";

    private static SpecOperation operation(String operationId, HttpMethod method, String template) {
        return new SpecOperation(RosterSpec.AUTODESK_ACCOUNT_ADMIN, operationId, method, new PathTemplate(template),
                new Operation().operationId(operationId));
    }

    private static List<SpecOperation> accountUserOperations() {
        return List.of(
                operation("getAccountUser", HttpMethod.GET, USERS + "/{user_id}"),
                operation("updateAccountUser", HttpMethod.PATCH, USERS + "/{user_id}"),
                operation("searchAccountUsers", HttpMethod.GET, USERS + "/search"),
                operation("listAccountUsers", HttpMethod.GET, USERS),
                operation("createAccountUser", HttpMethod.POST, USERS),
                operation("importAccountUsers", HttpMethod.POST, USERS + "/import"));
    }

    private static Route found(RouteTable table, String method, String path) {
        RouteMatch match = table.match(method, path);
        assertThat(match).as("%s %s", method, path).isInstanceOf(RouteMatch.Found.class);
        return ((RouteMatch.Found) match).route();
    }

    @Test
    void literalBeatsVariableWhateverTheSpecOrder() {
        long seed = new Random().nextLong();
        List<SpecOperation> shuffled = new ArrayList<>(accountUserOperations());
        Collections.shuffle(shuffled, new Random(seed));
        RouteTable table = new RouteTable(shuffled);

        assertThat(found(table, "GET", "/hq/v1/accounts/a/users/search").operation().operationId())
                .as("seed %d", seed).isEqualTo("searchAccountUsers");
        Route byId = found(table, "GET", "/hq/v1/accounts/a/users/u-1");
        assertThat(byId.operation().operationId()).as("seed %d", seed).isEqualTo("getAccountUser");
        assertThat(byId.parameters().get("account_id")).isEqualTo("a");
        assertThat(byId.parameters().get("user_id")).isEqualTo("u-1");
        assertThat(found(table, "POST", "/hq/v1/accounts/a/users/import").operation().operationId())
                .as("seed %d", seed).isEqualTo("importAccountUsers");
    }

    @Test
    void aMethodOnlyTheVariableTemplateHasRoutesThere() {
        Route route = found(new RouteTable(accountUserOperations()), "PATCH", "/hq/v1/accounts/a/users/search");
        assertThat(route.operation().operationId()).isEqualTo("updateAccountUser");
        assertThat(route.parameters().get("user_id")).isEqualTo("search");
    }

    @Test
    void methodNotAllowedListsTheMethodsOfEveryMatchingTemplate() {
        RouteMatch match = new RouteTable(accountUserOperations()).match("DELETE", "/hq/v1/accounts/a/users/search");
        assertThat(match).isInstanceOf(RouteMatch.MethodNotAllowed.class);
        assertThat(((RouteMatch.MethodNotAllowed) match).allowHeader()).isEqualTo("GET, PATCH");

        RouteMatch onImport = new RouteTable(accountUserOperations()).match("GET", "/hq/v1/accounts/a/users/import");
        assertThat(onImport).as("GET reaches getAccountUser with user_id=import").isInstanceOf(RouteMatch.Found.class);

        RouteMatch onList = new RouteTable(accountUserOperations()).match("PUT", "/hq/v1/accounts/a/users");
        assertThat(((RouteMatch.MethodNotAllowed) onList).allowHeader()).isEqualTo("GET, POST");
    }

    @Test
    void noMatchingTemplateIsNotFound() {
        RouteTable table = new RouteTable(accountUserOperations());
        assertThat(table.match("GET", "/hq/v1/accounts/a/companies")).isInstanceOf(RouteMatch.NotFound.class);
        assertThat(table.match("GET", "/hq/v1/accounts/a/users/u/projects")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void operationIdsAndRoutesMustBeUnique() {
        assertThatThrownBy(() -> new RouteTable(List.of(
                operation("same", HttpMethod.GET, "/a/{x}"), operation("same", HttpMethod.GET, "/b/{x}"))))
                .hasMessageContaining("share an operationId").hasMessageContaining("/a/{x}");
        assertThatThrownBy(() -> new RouteTable(List.of(
                operation("one", HttpMethod.GET, "/a/{x}"), operation("two", HttpMethod.GET, "/a/{x}"))))
                .hasMessageContaining("share a route");
    }

    @Test
    void theSpecsRouteTheirOwnOperations() {
        RouteTable table = new RouteTable(SpecCatalog.shared().operations());
        for (SpecOperation operation : SpecCatalog.shared().operations()) {
            String path = operation.path().text().replaceAll("\\{[^}]+}", "123");
            assertThat(found(table, operation.method().name(), path).operation().operationId())
                    .isEqualTo(operation.operationId());
        }
    }
}
