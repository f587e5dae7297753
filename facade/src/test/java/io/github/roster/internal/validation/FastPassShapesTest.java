package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The fast pass over shapes of model the generator does not emit today but a spec change could bring (class
 * constraints, groups, composed and unknown constraints, maps, sets, arrays, optionals, cascades on whole lists,
 * fields without getters, big and fractional numbers, cycles): a valid model it knows is vouched for, and a model
 * it does not know is left to Hibernate Validator, so the caller always gets every violation.
 */
class FastPassShapesTest {

    private static ValidatorFactory factory;
    private static CompiledConstraints fastPass;
    private static ModelValidator models;

    @BeforeAll
    static void build() {
        factory = ModelValidator.hibernateValidatorFactory(); // as the clients configure it
        fastPass = new CompiledConstraints(factory.getValidator());
        models = new ModelValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
        models.close();
    }

    private static List<String> violations(Object model) {
        return models.validate(model, "").stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    // ---- shapes the fast pass compiles: valid ones are vouched for, invalid ones are not

    public static final class Bounds {
        @Min(1) private final Long count;
        @Max(10) private final Integer level;
        @Min(0) @Max(100) private final BigInteger big;
        @Max(5) private final BigDecimal decimal;
        @Min(2) private final Short small;
        @Max(3) private final Byte tiny;

        Bounds(Long count, Integer level, BigInteger big, BigDecimal decimal, Short small, Byte tiny) {
            this.count = count;
            this.level = level;
            this.big = big;
            this.decimal = decimal;
            this.small = small;
            this.tiny = tiny;
        }

        public Long getCount() {
            return count;
        }

        public Integer getLevel() {
            return level;
        }

        public BigInteger getBig() {
            return big;
        }

        public BigDecimal getDecimal() {
            return decimal;
        }

        public Short getSmall() {
            return small;
        }

        public Byte getTiny() {
            return tiny;
        }
    }

    @Test
    void boundsAreInclusiveForEveryIntegralType() {
        Bounds atTheEdges = new Bounds(1L, 10, BigInteger.valueOf(100), new BigDecimal("5.0"), (short) 2, (byte) 3);
        assertThat(fastPass.certainlyValid(atTheEdges)).isTrue();
        assertThat(violations(atTheEdges)).isEmpty();
        assertThat(fastPass.certainlyValid(new Bounds(null, null, BigInteger.ZERO, null, null, null))).isTrue();

        assertThat(violations(new Bounds(0L, 10, BigInteger.ONE, BigDecimal.ONE, (short) 2, (byte) 3)))
                .containsExactly("count Min");
        assertThat(violations(new Bounds(1L, 11, BigInteger.ONE, BigDecimal.ONE, (short) 2, (byte) 3)))
                .containsExactly("level Max");
        assertThat(violations(new Bounds(1L, 10, BigInteger.valueOf(101), BigDecimal.ONE, (short) 2, (byte) 3)))
                .containsExactly("big Max");
        assertThat(violations(new Bounds(1L, 10, BigInteger.valueOf(-1), BigDecimal.ONE, (short) 2, (byte) 3)))
                .containsExactly("big Min");
        assertThat(violations(new Bounds(1L, 10, BigInteger.ONE, new BigDecimal("5.01"), (short) 2, (byte) 3)))
                .containsExactly("decimal Max");
        assertThat(violations(new Bounds(1L, 10, BigInteger.ONE, BigDecimal.ONE, (short) 1, (byte) 4)))
                .containsExactly("small Min", "tiny Max");
        assertThat(fastPass.certainlyValid(new Bounds(1L, 11, BigInteger.ONE, BigDecimal.ONE, (short) 2, (byte) 3)))
                .isFalse();
    }

    public static final class Fractional {
        @Min(1) private final Double ratio;

        Fractional(Double ratio) {
            this.ratio = ratio;
        }

        public Double getRatio() {
            return ratio;
        }
    }

    @Test
    void aFractionalNumberIsLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new Fractional(2.5))).isFalse();
        assertThat(violations(new Fractional(2.5))).isEmpty();
        assertThat(violations(new Fractional(0.5))).containsExactly("ratio Min");
    }

    public static final class Sizes {
        @Size(min = 1, max = 2) private final List<String> tags;
        @Size(max = 1) private final Map<String, String> labels;
        @Size(min = 2, max = 3) private final String code;
        @Size(max = 2) private final String[] array;
        @Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE) private final String word;

        Sizes(List<String> tags, Map<String, String> labels, String code, String[] array, String word) {
            this.tags = tags;
            this.labels = labels;
            this.code = code;
            this.array = array;
            this.word = word;
        }

        public List<String> getTags() {
            return tags;
        }

        public Map<String, String> getLabels() {
            return labels;
        }

        public String getCode() {
            return code;
        }

        public String[] getArray() {
            return array;
        }

        public String getWord() {
            return word;
        }
    }

    @Test
    void sizesOfTextListsAndMapsAreCheckedAtBothEnds() {
        Sizes valid = new Sizes(List.of("a", "b"), Map.of("k", "v"), "abc", null, "MiXed");
        assertThat(fastPass.certainlyValid(valid)).isTrue();
        assertThat(fastPass.certainlyValid(new Sizes(List.of("a"), Map.of(), "ab", null, null))).isTrue();

        assertThat(violations(new Sizes(List.of(), Map.of("a", "1", "b", "2"), "a", null, "a1")))
                .containsExactly("code Size", "labels Size", "tags Size", "word Pattern");
        assertThat(violations(new Sizes(List.of("a", "b", "c"), null, "abcd", null, null)))
                .containsExactly("code Size", "tags Size");
        assertThat(fastPass.certainlyValid(new Sizes(List.of("a", "b", "c"), null, null, null, null))).isFalse();
        assertThat(fastPass.certainlyValid(new Sizes(null, Map.of("a", "1", "b", "2"), null, null, null))).isFalse();
        assertThat(fastPass.certainlyValid(new Sizes(null, null, "abcd", null, null))).isFalse();
        assertThat(fastPass.certainlyValid(new Sizes(null, null, "a", null, null))).isFalse();
    }

    @Test
    void aSizeOnAnArrayIsLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new Sizes(null, null, null, new String[] {"a"}, null))).isFalse();
        assertThat(violations(new Sizes(null, null, null, new String[] {"a"}, null))).isEmpty();
        assertThat(violations(new Sizes(null, null, null, new String[] {"a", "b", "c"}, null)))
                .containsExactly("array Size");
    }

    public static final class FieldOnly {
        @NotNull @Email private String email;
        @Size(max = 2) private String initials;

        FieldOnly(String email, String initials) {
            this.email = email;
            this.initials = initials;
        }
    }

    public static final class BooleanGetter {
        @NotNull private final Boolean active;

        BooleanGetter(Boolean active) {
            this.active = active;
        }

        public Boolean isActive() {
            return active;
        }
    }

    @Test
    void constraintsOnFieldsWithoutGettersAndOnIsGettersAreChecked() {
        assertThat(fastPass.certainlyValid(new FieldOnly("a@example.com", "AB"))).isTrue();
        assertThat(violations(new FieldOnly("not-an-address", "ABC"))).containsExactly("email Email", "initials Size");
        assertThat(violations(new FieldOnly(null, null))).containsExactly("email NotNull");
        assertThat(fastPass.certainlyValid(new FieldOnly(null, null))).isFalse();
        assertThat(fastPass.certainlyValid(new FieldOnly("not-an-address", null))).isFalse();
        assertThat(fastPass.certainlyValid(new BooleanGetter(true))).isTrue();
        assertThat(fastPass.certainlyValid(new BooleanGetter(null))).isFalse();
    }

    public static final class Leaf {
        @Size(max = 3) private final String name;

        Leaf(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    public static final class WholeListCascade {
        @Valid private final List<Leaf> leaves;

        WholeListCascade(List<Leaf> leaves) {
            this.leaves = leaves;
        }

        public List<Leaf> getLeaves() {
            return leaves;
        }
    }

    public static final class ElementCascade {
        @Size(max = 3) private final List<@NotNull @Valid Leaf> leaves;

        ElementCascade(List<Leaf> leaves) {
            this.leaves = leaves;
        }

        public List<Leaf> getLeaves() {
            return leaves;
        }
    }

    @Test
    void everyElementOfACascadedListIsChecked() {
        assertThat(fastPass.certainlyValid(new WholeListCascade(Arrays.asList(new Leaf("a"), null)))).isTrue();
        assertThat(violations(new WholeListCascade(List.of(new Leaf("a"), new Leaf("long")))))
                .containsExactly("leaves[1].name Size");
        assertThat(fastPass.certainlyValid(new WholeListCascade(List.of(new Leaf("long"))))).isFalse();

        assertThat(fastPass.certainlyValid(new ElementCascade(List.of(new Leaf("a"), new Leaf("b"))))).isTrue();
        assertThat(violations(new ElementCascade(List.of(new Leaf("a"), new Leaf("long")))))
                .containsExactly("leaves[1].name Size");
        assertThat(violations(new ElementCascade(Arrays.asList(new Leaf("a"), null))))
                .containsExactly("leaves[1] NotNull");
        assertThat(fastPass.certainlyValid(new ElementCascade(Arrays.asList(new Leaf("a"), null)))).isFalse();
        assertThat(fastPass.certainlyValid(new ElementCascade(List.of(new Leaf("long"))))).isFalse();
    }

    public static final class Containers {
        @Valid private final Map<String, Leaf> byKey;
        @Valid private final Optional<Leaf> maybe;
        @Valid private final Leaf[] array;

        Containers(Map<String, Leaf> byKey, Optional<Leaf> maybe, Leaf[] array) {
            this.byKey = byKey;
            this.maybe = maybe;
            this.array = array;
        }

        public Map<String, Leaf> getByKey() {
            return byKey;
        }

        public Optional<Leaf> getMaybe() {
            return maybe;
        }

        public Leaf[] getArray() {
            return array;
        }
    }

    @Test
    void cascadesIntoMapsOptionalsAndArraysAreLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new Containers(Map.of("k", new Leaf("a")), null, null))).isFalse();
        assertThat(fastPass.certainlyValid(new Containers(null, Optional.of(new Leaf("a")), null))).isFalse();
        assertThat(fastPass.certainlyValid(new Containers(null, null, new Leaf[] {new Leaf("a")}))).isFalse();
        assertThat(fastPass.certainlyValid(new Containers(null, null, null))).isFalse();
        assertThat(violations(new Containers(Map.of("k", new Leaf("long")), null, null)))
                .containsExactly("byKey[k].name Size");
        assertThat(violations(new Containers(null, Optional.of(new Leaf("long")), null))).hasSize(1);
        assertThat(violations(new Containers(null, null, new Leaf[] {new Leaf("a"), new Leaf("long")})))
                .containsExactly("array[1].name Size");
    }

    public static final class AnyValue {
        @Valid private final Object value;

        AnyValue(Object value) {
            this.value = value;
        }

        public Object getValue() {
            return value;
        }
    }

    @Test
    void aCascadeWhoseValueTurnsOutToBeAContainerIsLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new AnyValue(null))).isTrue();
        assertThat(fastPass.certainlyValid(new AnyValue(new Leaf("a")))).isTrue();
        assertThat(fastPass.certainlyValid(new AnyValue(new Leaf("long")))).isFalse();
        assertThat(fastPass.certainlyValid(new AnyValue(List.of(new Leaf("a"))))).isTrue();
        assertThat(fastPass.certainlyValid(new AnyValue(List.of(new Leaf("long"))))).isFalse();
        assertThat(fastPass.certainlyValid(new AnyValue(Map.of("k", new Leaf("a"))))).isFalse();
        assertThat(fastPass.certainlyValid(new AnyValue(Optional.of(new Leaf("a"))))).isFalse();
        assertThat(fastPass.certainlyValid(new AnyValue(JsonNullable.of(new Leaf("a"))))).isFalse();
        assertThat(fastPass.certainlyValid(new AnyValue(new Leaf[] {new Leaf("a")}))).isFalse();
        assertThat(violations(new AnyValue(new Leaf("long")))).containsExactly("value.name Size");
    }

    public static final class Node {
        @Size(max = 3) private final String name;
        @Valid private Node next;

        Node(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public Node getNext() {
            return next;
        }
    }

    @Test
    void aChainDeeperThanAnyRequestIsLeftToHibernateValidator() {
        Node shallow = chain(10, "ok");
        assertThat(fastPass.certainlyValid(shallow)).isTrue();

        assertThat(fastPass.certainlyValid(chain(40, "ok"))).isFalse();
        assertThat(violations(chain(40, "ok"))).isEmpty();
        Node deep = chain(40, "long");
        assertThat(fastPass.certainlyValid(deep)).isFalse();
        assertThat(violations(deep)).singleElement().satisfies(v -> assertThat(v).endsWith(".name Size"));
    }

    public static final class Branch {
        @Size(max = 3) private final String name;
        @Valid private final List<Branch> children;

        Branch(String name, List<Branch> children) {
            this.name = name;
            this.children = children;
        }

        public String getName() {
            return name;
        }

        public List<Branch> getChildren() {
            return children;
        }
    }

    @Test
    void aTreeDeeperThanAnyRequestIsLeftToHibernateValidator() {
        Branch shallow = new Branch("ok", List.of());
        for (int i = 0; i < 10; i++) {
            shallow = new Branch("ok", List.of(shallow));
        }
        Branch deep = shallow;
        for (int i = 0; i < 30; i++) {
            deep = new Branch("ok", List.of(deep));
        }

        assertThat(fastPass.certainlyValid(shallow)).isTrue();
        assertThat(fastPass.certainlyValid(deep)).isFalse();
        assertThat(violations(deep)).isEmpty();
    }

    @Test
    void aCycleEndsInsteadOfOverflowing() {
        Node a = new Node("a");
        Node b = new Node("b");
        a.next = b;
        b.next = a;

        assertThat(fastPass.certainlyValid(a)).isFalse();
        assertThat(violations(a)).isEmpty();
    }

    private static Node chain(int length, String lastName) {
        Node first = new Node("n");
        Node at = first;
        for (int i = 1; i < length; i++) {
            at.next = new Node(i == length - 1 ? lastName : "n");
            at = at.next;
        }
        return first;
    }

    public static final class MapElements {
        private final Map<@Size(max = 2) String, @NotNull String> pairs;

        MapElements(Map<String, String> pairs) {
            this.pairs = pairs;
        }

        public Map<String, String> getPairs() {
            return pairs;
        }
    }

    public static final class MapValues {
        private final Map<String, @Size(max = 2) String> values;

        MapValues(Map<String, String> values) {
            this.values = values;
        }

        public Map<String, String> getValues() {
            return values;
        }
    }

    public static final class SetElements {
        private final Set<@Size(max = 2) String> set;

        SetElements(Set<String> set) {
            this.set = set;
        }

        public Set<String> getSet() {
            return set;
        }
    }

    public static final class NestedElements {
        private final List<List<@NotNull String>> nested;

        NestedElements(List<List<String>> nested) {
            this.nested = nested;
        }

        public List<List<String>> getNested() {
            return nested;
        }
    }

    @Test
    void constraintsOnMapKeysAndValuesAreLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new MapElements(Map.of("ab", "v")))).isFalse();
        assertThat(violations(new MapElements(Map.of("ab", "v")))).isEmpty();
        assertThat(violations(new MapElements(Map.of("abc", "v")))).hasSize(1);
        assertThat(fastPass.certainlyValid(new MapValues(Map.of("k", "ab")))).isFalse();
        assertThat(violations(new MapValues(Map.of("k", "abc")))).hasSize(1);
    }

    @Test
    void constraintsOnSetElementsAreLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new SetElements(Set.of("ab")))).isFalse();
        assertThat(violations(new SetElements(Set.of("ab")))).isEmpty();
        assertThat(violations(new SetElements(Set.of("abc")))).hasSize(1);
    }

    @Test
    void constraintsOnElementsOfNestedListsAreLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new NestedElements(List.of(List.of("x"))))).isFalse();
        assertThat(violations(new NestedElements(List.of(List.of("x"))))).isEmpty();
        assertThat(violations(new NestedElements(List.of(Arrays.asList("x", null))))).hasSize(1);
    }

    public interface Strict {
    }

    public static final class Severe implements Payload {
    }

    public static final class Unusual {
        @Size(max = 2, groups = Strict.class) private final String grouped;
        @Size(max = 2, payload = Severe.class) private final String withPayload;
        @Digits(integer = 2, fraction = 0) private final String digits;
        @ShortCode private final String composed;

        Unusual(String grouped, String withPayload, String digits, String composed) {
            this.grouped = grouped;
            this.withPayload = withPayload;
            this.digits = digits;
            this.composed = composed;
        }

        public String getGrouped() {
            return grouped;
        }

        public String getWithPayload() {
            return withPayload;
        }

        public String getDigits() {
            return digits;
        }

        public String getComposed() {
            return composed;
        }
    }

    @Target({ElementType.FIELD, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @NotNull
    @Size(max = 2)
    public @interface ShortCode {
        String message() default "must be a short code";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Test
    void groupsPayloadsUnknownAndComposedConstraintsAreLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new Unusual(null, null, null, "ab"))).isFalse();
        assertThat(violations(new Unusual("long", null, null, "ab"))).isEmpty();
        assertThat(violations(new Unusual(null, "long", null, "ab"))).containsExactly("withPayload Size");
        assertThat(violations(new Unusual(null, null, "123", "ab"))).containsExactly("digits Digits");
        assertThat(violations(new Unusual(null, null, null, "abc"))).containsExactly("composed Size");
    }

    public static final class WithPayloadOnly {
        @Size(max = 2, payload = Severe.class) private final String code;

        WithPayloadOnly(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }
    }

    public static final class WithUnknownOnly {
        @Digits(integer = 2, fraction = 0) private final String digits;

        WithUnknownOnly(String digits) {
            this.digits = digits;
        }

        public String getDigits() {
            return digits;
        }
    }

    public static final class WithComposedOnly {
        @ShortCode private final String code;

        WithComposedOnly(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }
    }

    public static final class WithGroupOnly {
        @NotNull(groups = Strict.class) private final String code;

        WithGroupOnly(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }
    }

    @Test
    void eachUnknownKindOfConstraintAloneIsLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new WithPayloadOnly("abc"))).isFalse();
        assertThat(violations(new WithPayloadOnly("abc"))).containsExactly("code Size");
        assertThat(fastPass.certainlyValid(new WithUnknownOnly("123"))).isFalse();
        assertThat(violations(new WithUnknownOnly("123"))).containsExactly("digits Digits");
        assertThat(fastPass.certainlyValid(new WithComposedOnly("abc"))).isFalse();
        assertThat(violations(new WithComposedOnly("abc"))).containsExactly("code Size");
        assertThat(fastPass.certainlyValid(new WithGroupOnly(null))).isFalse();
        assertThat(violations(new WithGroupOnly(null))).isEmpty();
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NamesDiffer.Check.class)
    public @interface NamesDiffer {
        String message() default "first and last name must differ";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<NamesDiffer, Person> {
            @Override
            public boolean isValid(Person p, ConstraintValidatorContext context) {
                return p == null || p.first == null || !p.first.equals(p.last);
            }
        }
    }

    @NamesDiffer
    public static final class Person {
        @Size(max = 10) private final String first;
        private final String last;

        Person(String first, String last) {
            this.first = first;
            this.last = last;
        }

        public String getFirst() {
            return first;
        }

        public String getLast() {
            return last;
        }
    }

    @Test
    void aClassLevelConstraintIsLeftToHibernateValidator() {
        assertThat(fastPass.certainlyValid(new Person("Ann", "Lee"))).isFalse();
        assertThat(violations(new Person("Ann", "Lee"))).isEmpty();
        assertThat(violations(new Person("Ann", "Ann"))).containsExactly(" NamesDiffer");
    }

    public static final class Unreadable {
        @Size(max = 2)
        public String getCode() {
            throw new IllegalStateException("not readable");
        }
    }

    @Test
    void aGetterThatFailsIsReportedByHibernateValidator() {
        assertThat(fastPass.certainlyValid(new Unreadable())).isFalse();
        assertThatThrownBy(() -> models.validate(new Unreadable(), "")).isInstanceOf(ValidationException.class);
    }

    @Test
    void nothingIsVouchedForNull() {
        assertThat(fastPass.certainlyValid(null)).isFalse();
    }
}
