package io.github.roster.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's messages reach SLF4J (slf4j-simple writes them to System.err with their logger name)
 * and nothing reaches java.util.logging, with no system property set; the generated models cause no HV000271
 * warning. Runs in a JVM of its own (reuseForks=false), so the validator's one-time banner happens here.
 */
class ValidatorLoggingTest {

    private static final List<LogRecord> JUL_RECORDS = new CopyOnWriteArrayList<>();
    private static final Handler JUL_RECORDER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            JUL_RECORDS.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static final ByteArrayOutputStream STDERR = new ByteArrayOutputStream();
    private static PrintStream originalErr;

    @BeforeAll
    static void recordBeforeTheValidatorStarts() {
        Logger root = Logger.getLogger("");
        JUL_RECORDER.setLevel(Level.ALL);
        root.addHandler(JUL_RECORDER);
        originalErr = System.err;
        System.setErr(new PrintStream(STDERR, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void restore() {
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(JUL_RECORDER);
        originalErr.print(STDERR.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validatorLogsGoToSlf4jOnlyAndTheModelsRaiseNoDeprecationWarning() {
        assertThat(System.getProperty("org.jboss.logging.provider")).as("no system property is needed").isNull();
        try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
                .baseUrl("http://127.0.0.1:9")   // nothing is sent: the input is invalid
                .tokenProvider(TokenProvider.of("t"))
                .build()) {
            ProjectUserImport invalid = new ProjectUserImport().email("jane.doe@example.com")
                    .addProductsItem(new ProductAccess().key(ProductKey.DOCS));
            assertThat(catchThrowableOfType(ValidationException.class,
                    () -> autodesk.importProjectUsers("367d5cc2-9008-462c-96e5-c9491db85d93", List.of(invalid))))
                    .isNotNull();
        }

        String stderr = STDERR.toString(StandardCharsets.UTF_8);
        assertThat(stderr).as("the validator's banner, written by slf4j-simple under its logger name")
                .containsPattern("INFO org\\.hibernate\\.validator\\.\\S+ - HV000001: Hibernate Validator");
        assertThat(stderr).doesNotContain("HV000271");
        assertThat(JUL_RECORDS).as("records that reached java.util.logging")
                .noneSatisfy(r -> assertThat(r.getLoggerName()).startsWith("org.hibernate"))
                .noneSatisfy(r -> assertThat(r.getLoggerName()).startsWith("org.jboss"));
    }
}
