package io.github.roster.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.codec.Decoder;
import io.github.roster.TestServers;
import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.api.ProjectUsersApi;
import io.github.roster.client.core.RosterJson;
import io.github.roster.client.procore.api.CompanyUsersApi;
import io.github.roster.http.HttpOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every method of every generated API, called with seeded random arguments (texts that need encoding, nulls,
 * collections, empty values) once through a transport that renders {@link RequestRecipe}s and once through one
 * that leaves every request to Feign's templates: the loopback server must receive the same request, byte for byte
 * (method, URL, every header, body), and the two calls must end the same way.
 */
class RequestRecipeTest {

    private static final String[] TEXTS = {"plain", "a b", "a/b", "a?b=c&d", "50%", "%41", "%zz", "x%2Fy",
        "caf\u00e9", "\u4e2d\u6587", "a+b", "a,b", "{x}", "", " ", "#frag", "semi;colon", "b.9dbb160e", "~._-"};

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final Transport recipes = new Transport(HttpOptions.builder().build(), RosterJson.newObjectMapper(), true);
    private final Transport feignOnly =
            new Transport(HttpOptions.builder().build(), RosterJson.newObjectMapper(), false);

    @AfterEach
    void close() {
        recipes.close();
        feignOnly.close();
    }

    @Test
    void theGeneratedOperationsHaveRecipes() {
        for (Class<?> api : List.of(AccountUsersApi.class, ProjectUsersApi.class, CompanyUsersApi.class)) {
            // every operation has two forms with one recipe each; the @QueryMap variants stay with Feign
            assertThat(Transport.recipes(api)).as(api.getSimpleName()).isNotEmpty();
        }
        assertThat(Transport.recipes(CompanyUsersApi.class).keySet()).extracting(Method::getName)
                .contains("updateCompanyUserWithHttpInfo", "listCompanyUsersWithHttpInfo", "syncCompanyUsersWithHttpInfo");
        assertThat(Transport.recipes(AccountUsersApi.class).keySet()).extracting(Method::getName)
                .contains("updateAccountUserWithHttpInfo");
    }

    @Test
    void autodeskAccountUsers() throws Exception {
        sameRequests(AccountUsersApi.class,
                mapper -> new io.github.roster.client.autodesk.ApiResponseDecoder(mapper), 1L);
    }

    @Test
    void autodeskProjectUsers() throws Exception {
        sameRequests(ProjectUsersApi.class,
                mapper -> new io.github.roster.client.autodesk.ApiResponseDecoder(mapper), 2L);
    }

    @Test
    void procoreCompanyUsers() throws Exception {
        sameRequests(CompanyUsersApi.class,
                mapper -> new io.github.roster.client.procore.ApiResponseDecoder(mapper), 3L);
    }

    private <A> void sameRequests(Class<A> api, Function<com.fasterxml.jackson.databind.ObjectMapper, Decoder> decoder,
                                  long seed) throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        int compared = 0;
        int rendered = 0;
        Map<Method, RequestRecipe> recipesOf = Transport.recipes(api);
        feign.codec.Encoder encoder = new feign.jackson.JacksonEncoder(recipes.mapper());
        for (String base : List.of(server.baseUrl(), server.baseUrl() + "/gateway/v1/")) {
            A fast = recipes.api(api, URI.create(base), decoder.apply(recipes.mapper())).forToken(TestServers.TOKEN);
            A slow = feignOnly.api(api, URI.create(base), decoder.apply(feignOnly.mapper()))
                    .forToken(TestServers.TOKEN);
            List<Method> methods = new ArrayList<>(Arrays.asList(api.getMethods()));
            methods.sort(Comparator.comparing(Method::toGenericString));
            for (Method m : methods) {
                if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                for (int round = 0; round < 10; round++) {
                    long callSeed = seed * 1_000_003L + compared;
                    Object[] args = arguments(m, new Random(callSeed));
                    String what = api.getSimpleName() + "#" + m.getName() + " " + Arrays.deepToString(args)
                            + " (seed " + callSeed + ", base " + base + ")";
                    RequestRecipe recipe = recipesOf.get(m);
                    if (recipe != null && recipe.render(RequestRecipe.feignTarget(base), args, "Authorization", "x",
                            encoder) != null) {
                        rendered++;
                    }
                    Received viaRecipe = call(fast, m, args);
                    Received viaFeign = call(slow, m, args);
                    assertThat(viaRecipe).as(what).isEqualTo(viaFeign);
                    compared++;
                }
            }
        }
        // most calls take the recipe; the rest (a null path value, a list, an empty text) are Feign's
        assertThat(rendered).as("calls rendered from a recipe, of " + compared).isGreaterThan(compared / 5);
    }

    /** What the server received from one call, and how the call ended. */
    private record Received(String method, String url, Map<String, List<String>> headers, String body,
                            String outcome) {
    }

    private static Received call(Object api, Method m, Object[] args) throws Exception {
        server.resetRequests();
        String outcome;
        try {
            Object answer = m.invoke(api, args);
            outcome = answer == null ? "null" : answer.getClass().getName();
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            outcome = t.getClass().getName() + ": " + t.getMessage();
        }
        List<LoggedRequest> requests = server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .anyRequestedFor(anyUrl()));
        if (requests.isEmpty()) {
            return new Received(null, null, Map.of(), null, outcome);
        }
        assertThat(requests).hasSize(1);
        LoggedRequest r = requests.get(0);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpHeader h : r.getHeaders().all()) {
            headers.put(h.key(), h.values());
        }
        return new Received(r.getMethod().getName(), r.getUrl(), headers,
                new String(r.getBody(), java.nio.charset.StandardCharsets.UTF_8), outcome);
    }

    private static Object[] arguments(Method m, Random random) throws Exception {
        Type[] types = m.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = value(types[i], random);
        }
        return args;
    }

    private static Object value(Type type, Random random) throws Exception {
        if (type instanceof ParameterizedType p) {
            if (random.nextInt(4) == 0) {
                return null;
            }
            Type element = p.getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                list.add(value(element, random));
            }
            return list;
        }
        Class<?> c = (Class<?>) type;
        boolean primitive = c.isPrimitive();
        if (!primitive && random.nextInt(6) == 0) {
            return null;
        }
        if (c == String.class) {
            return random.nextBoolean() ? TEXTS[random.nextInt(TEXTS.length)]
                    : TEXTS[random.nextInt(TEXTS.length)] + TEXTS[random.nextInt(TEXTS.length)];
        }
        if (c == Long.class || c == long.class) {
            return random.nextBoolean() ? (long) random.nextInt(100) : random.nextLong();
        }
        if (c == Integer.class || c == int.class) {
            return random.nextInt(2000) - 10;
        }
        if (c == Boolean.class || c == boolean.class) {
            return random.nextBoolean();
        }
        if (c == UUID.class) {
            return new UUID(random.nextLong(), random.nextLong());
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), 0, 0,
                    0, ZoneOffset.ofHours(random.nextInt(5)));
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (c.getName().startsWith("io.github.roster.client.") && !c.isInterface()) {
            Object model = c.getConstructor().newInstance();
            for (Method setter : c.getMethods()) {
                if (setter.getName().startsWith("set") && setter.getParameterCount() == 1
                        && setter.getParameterTypes()[0] == String.class && random.nextBoolean()) {
                    setter.invoke(model, TEXTS[random.nextInt(TEXTS.length)]);
                }
            }
            return model;
        }
        return null;
    }
}
