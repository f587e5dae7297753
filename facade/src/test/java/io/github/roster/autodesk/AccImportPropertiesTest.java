package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.acc.model.ProductAccess;
import io.github.roster.client.acc.model.ProductAccessLevel;
import io.github.roster.client.acc.model.ProductKey;
import io.github.roster.client.acc.model.ProjectUserImport;
import io.github.roster.error.ValidationException;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Generated imports: no invalid import is ever sent, and no valid import is ever refused.
 */
class AccImportPropertiesTest {

    private static WireMockServer server;
    private static AutodeskAccountAdminClient client;

    @BeforeContainer
    static void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathMatching("/construction/admin/v2/projects/.*/users:import"))
                .willReturn(aResponse().withStatus(202).withBody("{\"jobId\":\"" + UUID.randomUUID() + "\"}")));
        client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("t"))
                .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build()).build();
    }

    @AfterContainer
    static void stop() {
        client.close();
        server.stop();
    }

    @BeforeTry
    void forgetRequests() {
        server.resetRequests();
    }

    @Property(tries = 60)
    void validImportsAreSentWhole(@ForAll("validImports") List<ProjectUserImport> users) {
        AccImportResult result = client.importProjectUsers(AccUsers.PROJECT, users);

        assertThat(result.allAccepted()).isTrue();
        assertThat(result.acceptedUserCount()).isEqualTo(users.size());
        assertThat(server.getAllServeEvents()).hasSize((users.size() + 199) / 200);
    }

    @Property(tries = 150)
    void invalidImportsAreNeverSent(@ForAll("invalidImports") List<ProjectUserImport> users) {
        assertThatThrownBy(() -> client.importProjectUsers(AccUsers.PROJECT, users))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).isNotEmpty());
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Provide
    Arbitrary<List<ProjectUserImport>> validImports() {
        return Arbitraries.integers().between(1, 450).flatMap(n ->
                validUser().list().ofSize(n).map(AccImportPropertiesTest::uniqueEmails));
    }

    @Provide
    Arbitrary<List<ProjectUserImport>> invalidImports() {
        return Combinators.combine(validImports(), Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().greaterOrEqual(0))
                .as((users, defect, where) -> breakOne(users, defect, where % users.size()));
    }

    private static Arbitrary<ProjectUserImport> validUser() {
        Arbitrary<String> name = Arbitraries.strings().ofMinLength(0).ofMaxLength(255).injectNull(0.1);
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("._+-")
                .ofMinLength(1).ofMaxLength(30)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)) && Character.isLetterOrDigit(s.charAt(s.length() - 1))
                        && !s.contains(".."));
        return Combinators.combine(name, name, local, products(), Arbitraries.of(true, false))
                .as((first, last, email, products, withCompany) -> new ProjectUserImport()
                        .firstName(first).lastName(last).email(email + "@example.com").products(products)
                        .companyId(withCompany ? UUID.randomUUID() : null));
    }

    private static Arbitrary<List<ProductAccess>> products() {
        List<ProductKey> others = new ArrayList<>(EnumSet.allOf(ProductKey.class));
        others.remove(ProductKey.PROJECT_ADMINISTRATION);
        Arbitrary<List<ProductKey>> keys = Arbitraries.of(others).set().ofMinSize(1).ofMaxSize(6).map(ArrayList::new);
        Arbitrary<ProductAccessLevel> projectAdmin = Arbitraries.of(ProductAccessLevel.ADMINISTRATOR,
                ProductAccessLevel.NONE).injectNull(0.4);
        Arbitrary<List<ProductAccessLevel>> levels = Arbitraries.of(ProductAccessLevel.class).list().ofSize(6);
        return Combinators.combine(keys, projectAdmin, levels).as((ks, pa, ls) -> {
            List<ProductAccess> out = new ArrayList<>();
            if (pa != null) {
                out.add(new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION).access(pa));
            }
            for (int i = 0; i < ks.size(); i++) {
                ProductAccessLevel level = pa == ProductAccessLevel.ADMINISTRATOR ? ProductAccessLevel.ADMINISTRATOR : ls.get(i);
                out.add(new ProductAccess().key(ks.get(i)).access(level));
            }
            return out;
        });
    }

    private static List<ProjectUserImport> uniqueEmails(List<ProjectUserImport> users) {
        for (int i = 0; i < users.size(); i++) {
            users.get(i).email(i + "." + users.get(i).getEmail());
        }
        return users;
    }

    private static List<ProjectUserImport> breakOne(List<ProjectUserImport> users, int defect, int i) {
        ProjectUserImport u = users.get(i);
        switch (defect) {
            case 0 -> u.email(u.getEmail().replace("@", ""));
            case 1 -> u.lastName("x".repeat(256));
            case 2 -> u.products(new ArrayList<>());
            case 3 -> u.addProductsItem(new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION)
                    .access(ProductAccessLevel.MEMBER));
            case 4 -> u.products(new ArrayList<>(List.of(
                    new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION).access(ProductAccessLevel.ADMINISTRATOR),
                    new ProductAccess().key(ProductKey.COST).access(ProductAccessLevel.NONE))));
            case 5 -> u.email(users.get((i + 1) % users.size()).getEmail().toUpperCase(java.util.Locale.ROOT))
                    .firstName(users.size() == 1 ? "y".repeat(300) : u.getFirstName());
            default -> u.addProductsItem(new ProductAccess().key(ProductKey.DOCS));
        }
        return users;
    }
}
