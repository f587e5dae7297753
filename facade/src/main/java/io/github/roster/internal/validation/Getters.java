package io.github.roster.internal.validation;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.Function;

/**
 * Reads a model's property through its public getter as an ordinary function: a class made once per getter by
 * {@link LambdaMetafactory}, which the JIT compiles like a direct call. (A method handle kept in a field is not a
 * constant to the JIT: every {@code invokeExact} on it went through a generic invoker, most of the cost of walking
 * a 200-user import.)
 */
final class Getters {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private Getters() {
    }

    /** Throws {@code t} as it is, checked or not, as a method handle's caller sees it. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable t) throws T {
        throw (T) t;
    }

    /**
     * A function that calls the getter.
     *
     * @param getter a public, non-static, no-argument method of a public class
     * @return the function
     * @throws IllegalAccessException when the getter cannot be called from here
     */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> of(Method getter) throws IllegalAccessException {
        MethodHandle handle = LOOKUP.unreflect(getter);
        try {
            CallSite site = LambdaMetafactory.metafactory(LOOKUP, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(getter.getReturnType().isPrimitive()
                            ? MethodType.methodType(getter.getReturnType()).wrap().returnType()
                            : getter.getReturnType(), getter.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable cannotSpin) {
            // e.g. a getter of a class this module cannot see into: fall back to the handle
            MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
            return bean -> {
                try {
                    return generic.invokeExact(bean);
                } catch (Throwable e) {
                    throw Getters.<RuntimeException>rethrow(e);
                }
            };
        }
    }
}
