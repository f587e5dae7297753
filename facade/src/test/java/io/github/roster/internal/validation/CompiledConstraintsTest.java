package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast pass must never vouch for a model Hibernate Validator finds a violation in. Every generated model
 * class of both clients is filled with generated values (valid and invalid: long strings, bad e-mails, negative
 * ids, null list items, nested models) from a seeded random source, and the two are compared.
 */
class CompiledConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator hibernate;
    private static CompiledConstraints compiled;

    @BeforeAll
    static void build() {
        factory = ModelValidator.hibernateValidatorFactory(); // as the clients configure it
        hibernate = factory.getValidator();
        compiled = new CompiledConstraints(hibernate);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void neverVouchesForAModelHibernateValidatorRefuses() throws Exception {
        long seed = new Random().nextLong();
        RandomModels random = new RandomModels(new Random(seed), CompiledConstraintsTest::string);
        List<Class<?>> models = new ArrayList<>();
        models.addAll(modelClasses(ProjectUserImport.class));
        models.addAll(modelClasses(CompanyUserUpdate.class));
        assertThat(models).as("generated model classes found").hasSizeGreaterThan(20);
        int vouched = 0;
        int refused = 0;
        for (int round = 0; round < 300; round++) {
            for (Class<?> type : models) {
                Object model = random.fill(type);
                if (model == null) {
                    continue;
                }
                boolean valid = hibernate.validate(model).isEmpty();
                boolean fast = compiled.certainlyValid(model);
                assertThat(!fast || valid)
                        .as("seed %d: the fast pass vouched for an invalid %s: %s (Hibernate Validator: %s)", seed,
                                type.getSimpleName(), model, hibernate.validate(model))
                        .isTrue();
                // for the constraints the specs use, the two agree both ways: the fast pass is not a no-op
                assertThat(fast).as("seed %d: %s %s", seed, type.getSimpleName(), model).isEqualTo(valid);
                if (valid) {
                    vouched++;
                } else {
                    refused++;
                }
            }
        }
        assertThat(vouched).as("seed %d: valid models generated", seed).isGreaterThan(100);
        assertThat(refused).as("seed %d: invalid models generated", seed).isGreaterThan(100);
    }

    @Test
    void aValidImportUserIsVouchedForAndEachBrokenRuleIsNot() {
        ProjectUserImport user = new ProjectUserImport().email("ann@example.com").firstName("Ann")
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER));
        assertThat(compiled.certainlyValid(user)).isTrue();
        assertThat(compiled.certainlyValid(new ProjectUserImport().email("ann@example.com"))).isFalse(); // products
        assertThat(compiled.certainlyValid(new ProjectUserImport().email("ann@localhost")
                .products(List.of(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER)))))
                .isFalse();
        assertThat(compiled.certainlyValid(new ProjectUserImport().email("ann@example.com")
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS)))).isFalse(); // nested @NotNull access
        assertThat(compiled.certainlyValid(new AccountUserPatch().defaultRole("x".repeat(256)))).isFalse();
        CompanyUserUpdate update = new CompanyUserUpdate().lastName("Smith").emailAddress("j.smith@example.com");
        assertThat(compiled.certainlyValid(update.countryCode("US"))).isTrue();
        assertThat(compiled.certainlyValid(update.countryCode("us"))).isFalse(); // @Pattern
        assertThat(compiled.certainlyValid(update.countryCode("US").vendorId(-1L))).isFalse(); // @Min
        assertThat(compiled.certainlyValid(new CompanyUserUpdate().lastName("Smith"))).isFalse(); // @NotNull
        assertThat(compiled.certainlyValid(null)).isFalse();
    }

    /** Every class of the package of {@code sample} (its generated models). */
    static List<Class<?>> modelClasses(Class<?> sample) throws IOException, URISyntaxException {
        Path dir = Path.of(sample.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(sample.getPackageName().replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            try (var jar = new java.util.jar.JarFile(Path.of(sample.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()).toFile())) {
                String prefix = sample.getPackageName().replace('.', '/') + "/";
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.endsWith(".class") && n.indexOf('/', prefix.length()) < 0)
                        .forEach(n -> load(sample.getPackageName() + "." + n.substring(prefix.length(),
                                n.length() - 6), out));
            }
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .forEach(n -> load(sample.getPackageName() + "." + n.substring(0, n.length() - 6), out));
        }
        return out;
    }

    private static void load(String name, List<Class<?>> out) {
        try {
            Class<?> c = Class.forName(name);
            if (!c.isEnum() && !c.isInterface() && !Modifier.isAbstract(c.getModifiers()) && !c.isMemberClass()
                    && !c.isAnonymousClass() && c.getName().indexOf('$') < 0) {
                c.getConstructor();
                out.add(c);
            }
        } catch (ReflectiveOperationException ignored) {
            // no public no-argument constructor: not a model the facade builds
        }
    }

    /** Strings around the specs' limits: e-mails good and bad, codes in and out of their patterns, long text. */
    private static String string(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "user" + random.nextInt(1000) + "@example.com";
            case 1 -> "user@localhost";
            case 2 -> "US";
            case 3 -> "us";
            case 4 -> "CA1";
            case 5 -> "";
            case 6 -> "x".repeat(random.nextInt(400));
            case 7 -> "Ann O'Neil-" + random.nextInt(100);
            default -> "a".repeat(random.nextInt(3)) + "@" + "b".repeat(random.nextInt(3)) + ".de";
        };
    }
}
