package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.ValidationException;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated imports: no invalid import is ever sent, and no valid import is ever refused.
 *
 * <p>Inputs come from a seeded {@link Random}; every failure message names the seed and the try, so a run is
 * reproduced with {@code -Droster.test.seed=N}.
 */
class AccImportPropertiesTest {

    private static final long SEED = Long.getLong("roster.test.seed", System.nanoTime());

    private static WireMockServer server;
    private static AutodeskAccountAdminClient client;

    @BeforeAll
    static void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathMatching("/construction/admin/v2/projects/.*/users:import"))
                .willReturn(aResponse().withStatus(202).withBody("{\"jobId\":\"" + UUID.randomUUID() + "\"}")));
        client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("t"))
                .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop();
    }

    @Test
    void validImportsAreSentWhole() {
        Random random = new Random(SEED);
        for (int run = 0; run < 60; run++) {
            server.resetRequests();
            List<ProjectUserImport> users = validImport(random);
            String at = "seed " + SEED + ", try " + run + " (" + users.size() + " users)";

            AccImportResult result = client.importProjectUsers(AccUsers.PROJECT, users);

            assertThat(result.allAccepted()).as(at).isTrue();
            assertThat(result.acceptedUserCount()).as(at).isEqualTo(users.size());
            assertThat(server.getAllServeEvents()).as(at).hasSize((users.size() + 199) / 200);
        }
    }

    @Test
    void invalidImportsAreNeverSent() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < 150; run++) {
            server.resetRequests();
            List<ProjectUserImport> users = validImport(random);
            int defect = random.nextInt(7);
            breakOne(users, defect, random.nextInt(users.size()));
            String at = "seed " + SEED + ", try " + run + ", defect " + defect;

            assertThatThrownBy(() -> client.importProjectUsers(AccUsers.PROJECT, users)).as(at)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations()).isNotEmpty());
            assertThat(server.getAllServeEvents()).as(at).isEmpty();
        }
    }

    private static List<ProjectUserImport> validImport(Random random) {
        int n = 1 + random.nextInt(450);
        List<ProjectUserImport> users = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            users.add(validUser(random).email(i + "." + localPart(random) + "@example.com"));
        }
        return users;
    }

    private static ProjectUserImport validUser(Random random) {
        return new ProjectUserImport()
                .firstName(name(random)).lastName(name(random)).products(products(random))
                .companyId(random.nextBoolean() ? UUID.randomUUID() : null);
    }

    /** Any text up to the spec's 255 characters (BMP code points but control characters, which are refused), or null. */
    private static String name(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        int length = random.nextInt(256);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            char c = (char) random.nextInt(Character.MIN_SURROGATE);
            if (c >= 0x20 && c != 0x7F) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A local part of letters, digits and {@code ._+-}, starting and ending with a letter or digit, no "..". */
    private static String localPart(Random random) {
        String inner = "abcdefghijklmnopqrstuvwxyz0123456789._+-";
        String edge = "abcdefghijklmnopqrstuvwxyz0123456789";
        int length = 1 + random.nextInt(30);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean atEdge = i == 0 || i == length - 1;
            String from = atEdge ? edge : inner;
            char c = from.charAt(random.nextInt(from.length()));
            if (c == '.' && sb.charAt(sb.length() - 1) == '.') {
                c = 'x';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static List<ProductAccess> products(Random random) {
        List<ProductKey> others = new ArrayList<>(EnumSet.allOf(ProductKey.class));
        others.remove(ProductKey.PROJECT_ADMINISTRATION);
        Collections.shuffle(others, random);
        List<ProductKey> keys = others.subList(0, 1 + random.nextInt(6));
        ProductAccessLevel[] levels = ProductAccessLevel.values();
        int pick = random.nextInt(10);
        ProductAccessLevel projectAdmin = pick < 4 ? null
                : pick < 7 ? ProductAccessLevel.ADMINISTRATOR : ProductAccessLevel.NONE;
        List<ProductAccess> out = new ArrayList<>();
        if (projectAdmin != null) {
            out.add(new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION).access(projectAdmin));
        }
        for (ProductKey key : keys) {
            ProductAccessLevel level = projectAdmin == ProductAccessLevel.ADMINISTRATOR
                    ? ProductAccessLevel.ADMINISTRATOR : levels[random.nextInt(levels.length)];
            out.add(new ProductAccess().key(key).access(level));
        }
        return out;
    }

    private static void breakOne(List<ProjectUserImport> users, int defect, int i) {
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
            case 5 -> u.email(users.get((i + 1) % users.size()).getEmail().toUpperCase(Locale.ROOT))
                    .firstName(users.size() == 1 ? "y".repeat(300) : u.getFirstName());
            default -> u.addProductsItem(new ProductAccess().key(ProductKey.DOCS));
        }
    }
}
