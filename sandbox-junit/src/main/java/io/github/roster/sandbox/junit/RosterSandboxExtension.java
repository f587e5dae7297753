package io.github.roster.sandbox.junit;

import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.ProcoreClientCredentials;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.net.URI;
import java.util.function.Function;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link RosterSandbox}: starts the sandbox before the class, clears what it received before
 * each test, resolves the parameters {@link RosterSandbox} lists, and closes clients and sandbox after the class
 * (through JUnit's store).
 */
public final class RosterSandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RosterSandboxExtension.class);

    /** Created by JUnit through {@link RosterSandbox}. */
    public RosterSandboxExtension() {
    }

    /** A started sandbox, closed when JUnit closes the class's store. */
    private record RunningSandbox(io.github.roster.sandbox.RosterSandbox sandbox, RosterSandbox settings)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            sandbox.close();
        }
    }

    /** A client built for the sandbox, closed when JUnit closes the class's store. */
    private record OpenClient(AutoCloseable client)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws Exception {
            client.close();
        }
    }

    /**
     * Starts the class's sandbox (once, also for nested classes).
     *
     * @param context the class's context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    /**
     * Forgets the requests of earlier tests.
     *
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        running(context).sandbox().clearReceivedRequests();
    }

    /**
     * Whether the parameter is one of the types {@link RosterSandbox} injects.
     *
     * @param parameter the parameter
     * @param context the context
     * @return whether it is resolved here
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == URI.class || type == io.github.roster.sandbox.RosterSandbox.class
                || type == AutodeskAccountAdminClient.class || type == ProcoreDirectoryClient.class;
    }

    /**
     * The base URL, the sandbox, or a client for it.
     *
     * @param parameter the parameter
     * @param context the context
     * @return the value
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningSandbox running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == URI.class) {
            return running.sandbox().baseUrl();
        }
        if (type == io.github.roster.sandbox.RosterSandbox.class) {
            return running.sandbox();
        }
        if (type == AutodeskAccountAdminClient.class) {
            return client(context, running, AutodeskAccountAdminClient.class, RosterSandboxExtension::autodesk);
        }
        return client(context, running, ProcoreDirectoryClient.class, RosterSandboxExtension::procore);
    }

    private static RunningSandbox running(ExtensionContext context) {
        ExtensionContext classContext = annotatedClassContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(RunningSandbox.class,
                key -> start(classContext), RunningSandbox.class);
    }

    /** The context of the outermost class carrying {@link RosterSandbox}, so nested classes share its sandbox. */
    private static ExtensionContext annotatedClassContext(ExtensionContext context) {
        ExtensionContext found = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().isPresent() && c.getTestMethod().isEmpty()
                    && AnnotationSupport.isAnnotated(c.getTestClass().get(), RosterSandbox.class)) {
                found = c;
            }
        }
        if (found == null) {
            throw new ExtensionConfigurationException("RosterSandboxExtension needs a test class annotated with "
                    + "@" + RosterSandbox.class.getName());
        }
        return found;
    }

    private static RunningSandbox start(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        RosterSandbox settings = AnnotationSupport.findAnnotation(testClass, RosterSandbox.class).orElseThrow();
        io.github.roster.sandbox.RosterSandbox.Builder builder = io.github.roster.sandbox.RosterSandbox.builder();
        try {
            builder.clientCredentials(settings.clientId(), settings.clientSecret());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@RosterSandbox on " + testClass.getName()
                    + ": clientId and clientSecret must both be non-blank", e);
        }
        if (!settings.seed().isEmpty()) {
            builder.seed(SeedFiles.resolve(settings.seed(), testClass));
        }
        return new RunningSandbox(builder.build().start(), settings);
    }

    private static <T extends AutoCloseable> T client(ExtensionContext context, RunningSandbox running, Class<T> type,
            Function<RunningSandbox, T> build) {
        ExtensionContext.Store store = annotatedClassContext(context).getStore(NAMESPACE);
        return type.cast(store.getOrComputeIfAbsent(type, key -> new OpenClient(build.apply(running)),
                OpenClient.class).client());
    }

    private static AutodeskAccountAdminClient autodesk(RunningSandbox running) {
        String base = running.sandbox().baseUrl().toString();
        return AutodeskAccountAdminClient.builder()
                .baseUrl(base)
                .tokenProvider(AutodeskClientCredentials.builder()
                        .authBaseUrl(base)
                        .clientId(running.settings().clientId())
                        .clientSecret(running.settings().clientSecret())
                        .build())
                .build();
    }

    private static ProcoreDirectoryClient procore(RunningSandbox running) {
        String base = running.sandbox().baseUrl().toString();
        return ProcoreDirectoryClient.builder()
                .baseUrl(base)
                .tokenProvider(ProcoreClientCredentials.builder()
                        .loginBaseUrl(base)
                        .clientId(running.settings().clientId())
                        .clientSecret(running.settings().clientSecret())
                        .build())
                .build();
    }
}
