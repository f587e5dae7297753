package io.github.roster.specgate.api;

import japicmp.filter.ClassFilter;
import java.util.regex.Pattern;
import javassist.CtClass;

/**
 * The packages that are not public API and are left out of the comparison: {@code io.github.roster.internal} and its
 * sub-packages, and any {@code internal} package of a generated client ({@code io.github.roster.client.<api>.internal..}).
 */
final class InternalPackages implements ClassFilter {

    private static final Pattern INTERNAL =
            Pattern.compile("io\\.github\\.roster\\.(internal|client\\.[^.]+\\.internal)(\\..*)?");

    static boolean isInternal(String packageName) {
        return INTERNAL.matcher(packageName).matches();
    }

    @Override
    public boolean matches(CtClass ctClass) {
        return isInternal(ctClass.getPackageName() == null ? "" : ctClass.getPackageName());
    }

    @Override
    public String toString() {
        return INTERNAL.pattern();
    }
}
