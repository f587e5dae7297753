package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The control-character rule reads only the getters whose declared type can hold text: on every generated model
 * class of both clients, filled from a seeded random source with texts with and without control characters (in
 * lists, maps, nullables and nested models), it reports exactly what a walk over every {@code @JsonProperty}
 * getter reports.
 */
class ControlCharactersTest {

    private static final String[] TEXTS = {"plain", "tab\there", "line\nbreak", "nul\u0000", "del\u007f", "",
        "caf\u00e9", "cr\r"};

    @Test
    void readsOnlyWhatCanHoldTextAndFindsEveryControlCharacter() throws Exception {
        long seed = new Random().nextLong();
        RandomModels random = new RandomModels(new Random(seed), r -> TEXTS[r.nextInt(TEXTS.length)]);
        List<Class<?>> models = new ArrayList<>(CompiledConstraintsTest.modelClasses(ProjectUserImport.class));
        models.addAll(CompiledConstraintsTest.modelClasses(CompanyUserUpdate.class));
        assertThat(models).as("generated model classes found").hasSizeGreaterThan(20);
        int found = 0;
        for (int round = 0; round < 200; round++) {
            for (Class<?> type : models) {
                Object model = random.fill(type);
                List<Violation> fast = new ArrayList<>();
                ControlCharacters.check(model, "users[1]", fast);
                List<String> expected = new ArrayList<>();
                everyGetter(model, "users[1]", expected);
                assertThat(fast.stream().map(v -> v.path() + " " + v.message()).sorted().toList())
                        .as("seed %d: %s %s", seed, type.getSimpleName(), model)
                        .isEqualTo(expected.stream().sorted().toList());
                found += fast.size();
            }
        }
        assertThat(found).as("seed %d: control characters generated and found", seed).isGreaterThan(100);
    }

    @Test
    void typesThatCannotHoldTextAreThoseWithoutStringsListsMapsOrModels() throws Exception {
        assertThat(ControlCharacters.mayHoldText(String.class)).isTrue();
        assertThat(ControlCharacters.mayHoldText(Object.class)).isTrue();
        assertThat(ControlCharacters.mayHoldText(CompanyUserUpdate.class)).isTrue();
        assertThat(ControlCharacters.mayHoldText(UUID.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(Long.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(long.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(OffsetDateTime.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("uuids").getGenericReturnType())).isFalse();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("texts").getGenericReturnType())).isTrue();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("byName").getGenericReturnType())).isTrue();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("counts").getGenericReturnType())).isFalse();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("maybe").getGenericReturnType())).isTrue();
    }

    /** Declared types for the test above. */
    interface Holder {
        List<UUID> uuids();

        List<String> texts();

        Map<String, Object> byName();

        Map<String, Integer> counts();

        JsonNullable<String> maybe();
    }

    /** The rule's specification: every {@code @JsonProperty} getter of a model, at any depth. */
    private static void everyGetter(Object model, String path, List<String> out) throws Exception {
        List<Method> getters = new ArrayList<>();
        for (Method m : model.getClass().getMethods()) {
            if (m.getAnnotation(JsonProperty.class) != null && m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("get")) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        for (Method m : getters) {
            value(m.invoke(model), path + "." + m.getAnnotation(JsonProperty.class).value(), out);
        }
    }

    private static void value(Object value, String path, List<String> out) throws Exception {
        if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == 0x7F) {
                    out.add(path + " must not contain control characters (found " + String.format("U+%04X", (int) c)
                            + " at position " + i + ")");
                    return;
                }
            }
        } else if (value instanceof JsonNullable<?> nullable) {
            if (nullable.isPresent()) {
                value(nullable.get(), path, out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                value(e.getValue(), path + "." + e.getKey(), out);
            }
        } else if (value != null && !value.getClass().isEnum()
                && value.getClass().getName().startsWith("io.github.roster.client.")) {
            everyGetter(value, path, out);
        }
    }
}
