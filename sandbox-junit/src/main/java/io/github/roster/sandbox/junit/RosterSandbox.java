package io.github.roster.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a Roster sandbox on a free port of 127.0.0.1 once for the annotated test class and stops it after the
 * class. Test methods, constructors and lifecycle methods then take, as parameters:
 * <ul>
 *   <li>{@link java.net.URI}: the sandbox's base URL, {@code http://127.0.0.1:<port>}, serving BIM 360, ACC,
 *       Procore and both vendors' OAuth token endpoints;</li>
 *   <li>{@link io.github.roster.sandbox.RosterSandbox}: the running sandbox, to read its state and
 *       {@link io.github.roster.sandbox.RosterSandbox#receivedRequests() what it received} (cleared before each
 *       test, so a test sees only its own requests);</li>
 *   <li>{@link io.github.roster.autodesk.AutodeskAccountAdminClient} and
 *       {@link io.github.roster.procore.ProcoreDirectoryClient}: ready clients on the sandbox that get their tokens
 *       from its token endpoints with {@link #clientId()} and {@link #clientSecret()}, as in production.</li>
 * </ul>
 * The sandbox's data lives as long as the class: tests of one class see each other's changes.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RosterSandboxExtension.class)
public @interface RosterSandbox {

    /**
     * A JSON seed file (format: {@code io.github.roster.sandbox.RosterSandbox.Builder#seed}): a class-path
     * resource of the test class, or else a file path. Empty, the default, seeds the built-in world
     * ({@code io.github.roster.sandbox.SandboxSeed}).
     *
     * @return the seed file
     */
    String seed() default "";

    /**
     * The client id the sandbox's token endpoints accept and the injected clients send.
     *
     * @return the client id, not blank
     */
    String clientId() default "roster-sandbox-client";

    /**
     * The client secret the sandbox's token endpoints accept and the injected clients send.
     *
     * @return the client secret, not blank
     */
    String clientSecret() default "roster-sandbox-secret";
}
