package io.github.roster.internal.validation;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A fast first pass over the spec's constraints: for each model class, the constraints Hibernate Validator
 * reports in its own metadata ({@link Validator#getConstraintsForClass}) are compiled once into plain checks
 * (a length, a compiled pattern, a bound), and {@link #certainlyValid} walks a model with them, allocating
 * nothing. It answers only "certainly valid" or "cannot say": a class with a constraint it does not know (a
 * class-level constraint, a group, a composed constraint, an unknown container), a value of an unexpected type,
 * or any failed check makes it say "cannot say", and {@link ModelValidator} then runs Hibernate Validator,
 * which finds and words every violation. So a valid model skips Hibernate Validator's traversal and an invalid
 * one is reported exactly as before.
 *
 * <p>Thread-safe: plans are built once per class and never change.
 */
final class CompiledConstraints {

    /** Deeper than any request model: treat as "cannot say" rather than follow a cycle. */
    private static final int MAX_DEPTH = 32;

    private final Validator validator;
    /** The classes whose plans this thread is compiling: a model that contains itself must not recurse forever. */
    private final ThreadLocal<Set<Class<?>>> compiling = ThreadLocal.withInitial(HashSet::new);
    private final ClassValue<Plan> plans = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            Set<Class<?>> open = compiling.get();
            open.add(type);
            try {
                return compile(type);
            } finally {
                open.remove(type);
            }
        }
    };

    CompiledConstraints(Validator validator) {
        this.validator = validator;
    }

    /**
     * Whether a model certainly satisfies every constraint Hibernate Validator would check on it.
     *
     * @param model the model (null: cannot say)
     * @return true when certainly valid; false when it may be invalid
     */
    boolean certainlyValid(Object model) {
        return model != null && bean(model, 0);
    }

    private boolean bean(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        Plan plan = plans.get(value.getClass());
        if (plan.unsupported) {
            return false;
        }
        for (Property p : plan.properties) {
            Object v;
            try {
                v = p.read(value);
            } catch (Throwable e) {
                return false; // Hibernate Validator reports what reading it does
            }
            if (!p.check(v) || !cascade(p, v, depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean cascade(Property p, Object v, int depth) {
        if (v == null) {
            return true;
        }
        if (p.elements != null) {
            if (!(v instanceof List<?> list)) {
                return false;
            }
            for (Object e : list) {
                if (!p.elements.check(e) || (p.elements.cascaded && e != null && !cascadeValue(e, depth))) {
                    return false;
                }
            }
        }
        return !p.cascaded || cascadeValue(v, depth);
    }

    /** What {@code @Valid} does with a value: a container's elements, or the bean itself. */
    private boolean cascadeValue(Object v, int depth) {
        if (v instanceof Iterable<?> items) {
            for (Object e : items) {
                if (e != null && !bean(e, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (v instanceof Map<?, ?> || v instanceof Optional<?> || v instanceof JsonNullable<?> || v.getClass().isArray()) {
            return false; // Hibernate Validator has its own rules for these: let it decide
        }
        return bean(v, depth + 1);
    }

    private Plan compile(Class<?> type) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return Plan.UNSUPPORTED;
        }
        List<Property> properties = new ArrayList<>();
        for (PropertyDescriptor pd : bean.getConstrainedProperties()) {
            Accessor accessor = accessor(type, pd.getPropertyName());
            List<Check> checks = checks(pd.getConstraintDescriptors());
            if (accessor == null || checks == null) {
                return Plan.UNSUPPORTED;
            }
            Elements elements = null;
            Set<ContainerElementTypeDescriptor> containers = pd.getConstrainedContainerElementTypes();
            if (!containers.isEmpty()) {
                if (containers.size() != 1) {
                    return Plan.UNSUPPORTED;
                }
                ContainerElementTypeDescriptor c = containers.iterator().next();
                List<Check> elementChecks = checks(c.getConstraintDescriptors());
                // the outer list of a nested one (List<List<@NotNull String>>) has no container class
                if (c.getContainerClass() == null || !List.class.isAssignableFrom(c.getContainerClass())
                        || c.getTypeArgumentIndex() == null
                        || c.getTypeArgumentIndex() != 0 || !c.getConstrainedContainerElementTypes().isEmpty()
                        || elementChecks == null) {
                    return Plan.UNSUPPORTED;
                }
                Type element = elementType(accessor.type());
                elements = new Elements(elementChecks.toArray(new Check[0]),
                        c.isCascaded() && (element == null || !cascadeChecksNothing(element)));
            }
            // a cascade into what checks nothing (a UUID) is left out: it would find nothing
            properties.add(new Property(accessor.read(), checks.toArray(new Check[0]),
                    pd.isCascaded() && !cascadeChecksNothing(accessor.type()), elements));
        }
        return new Plan(false, properties.toArray(new Property[0]));
    }

    /** The checks for a set of constraints, or null when one of them is not known here. */
    private static List<Check> checks(Set<ConstraintDescriptor<?>> constraints) {
        List<Check> out = new ArrayList<>();
        for (ConstraintDescriptor<?> d : constraints) {
            if (!d.getComposingConstraints().isEmpty() || !d.getGroups().equals(Set.of(Default.class))
                    || !d.getPayload().isEmpty()) {
                return null;
            }
            Check c = check(d.getAnnotation());
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    /** The same semantics as the validators Hibernate Validator runs for these constraints (null passes all but NotNull). */
    private static Check check(Annotation a) {
        if (a instanceof NotNull) {
            return v -> v != null;
        }
        if (a instanceof Size size) {
            int min = size.min();
            int max = size.max();
            return v -> {
                int n;
                if (v == null) {
                    return true;
                } else if (v instanceof CharSequence s) {
                    n = s.length();
                } else if (v instanceof Collection<?> c) {
                    n = c.size();
                } else if (v instanceof Map<?, ?> m) {
                    n = m.size();
                } else {
                    return false;
                }
                return n >= min && n <= max;
            };
        }
        if (a instanceof Pattern pattern) {
            int flags = 0;
            for (Pattern.Flag f : pattern.flags()) {
                flags |= f.getValue();
            }
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            return v -> v == null || (v instanceof CharSequence s && compiled.matcher(s).matches());
        }
        if (a instanceof Email) {
            // ModelValidator maps @Email to StrictEmailValidator alone
            return v -> v == null || (v instanceof CharSequence s && StrictEmailValidator.isWellFormed(s.toString()));
        }
        if (a instanceof Min min) {
            long bound = min.value();
            return v -> {
                Integer c = compare(v, bound);
                return v == null || (c != null && c >= 0);
            };
        }
        if (a instanceof Max max) {
            long bound = max.value();
            return v -> {
                Integer c = compare(v, bound);
                return v == null || (c != null && c <= 0);
            };
        }
        return null;
    }

    /** An integral number compared with a bound, or null for anything else (a double: cannot say). */
    private static Integer compare(Object v, long bound) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return Long.compare(((Number) v).longValue(), bound);
        }
        if (v instanceof BigInteger b) {
            return b.compareTo(BigInteger.valueOf(bound));
        }
        if (v instanceof BigDecimal b) {
            return b.compareTo(BigDecimal.valueOf(bound));
        }
        return null;
    }

    private static Accessor accessor(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : new String[] {"get" + suffix, "is" + suffix}) {
            try {
                Method m = type.getMethod(name);
                if (!Modifier.isStatic(m.getModifiers())) {
                    return new Accessor(Getters.of(m), m.getGenericReturnType());
                }
            } catch (NoSuchMethodException | IllegalAccessException ignored) {
                // try the next form, then the field
            }
        }
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                Field f = t.getDeclaredField(property);
                f.setAccessible(true);
                return new Accessor(bean -> {
                    try {
                        return f.get(bean);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }, f.getGenericType());
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            } catch (RuntimeException notAccessible) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether cascading into a value of this declared type checks nothing: a final class (so no subclass can
     * carry more) with no constraints of its own and nothing to cascade into, such as a UUID, or a list of those.
     */
    private boolean cascadeChecksNothing(Type declared) {
        if (declared instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type element = elementType(p);
            return element != null && cascadeChecksNothing(element); // @Valid List<UUID>: each element, as below
        }
        if (!(declared instanceof Class<?> c) || !Modifier.isFinal(c.getModifiers()) || c.isArray()
                || Iterable.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c == Optional.class
                || c == JsonNullable.class) {
            return false;
        }
        Set<Class<?>> open = compiling.get();
        if (open.contains(c) || open.size() >= MAX_DEPTH) {
            return false; // a type that contains itself, or a chain deeper than any request: keep the cascade
        }
        Plan plan = plans.get(c);
        return !plan.unsupported && plan.properties.length == 0;
    }

    /** The declared type of a list property's elements, or null. */
    private static Type elementType(Type declared) {
        return declared instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : null;
    }

    /** How a property is read, and the type its getter or field declares. */
    private record Accessor(Function<Object, Object> read, Type type) {
    }

    @FunctionalInterface
    private interface Check {
        boolean test(Object value);
    }

    private record Elements(Check[] checks, boolean cascaded) {
        boolean check(Object element) {
            for (Check c : checks) {
                if (!c.test(element)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Property(Function<Object, Object> accessor, Check[] checks, boolean cascaded,
                            Elements elements) {
        Object read(Object bean) {
            return accessor.apply(bean);
        }

        boolean check(Object value) {
            for (Check c : checks) {
                if (!c.test(value)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Plan(boolean unsupported, Property[] properties) {
        static final Plan UNSUPPORTED = new Plan(true, new Property[0]);
    }
}
