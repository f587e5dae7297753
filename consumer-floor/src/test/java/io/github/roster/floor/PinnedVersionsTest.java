package io.github.roster.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calls in this module run on the floor versions, not on whatever Roster's own build manages: each pinned
 * library's jar on the test classpath carries exactly the version this module's pom names.
 */
class PinnedVersionsTest {

    @ParameterizedTest(name = "{0}:{1} is {2}")
    @CsvSource({
            "org.apache.httpcomponents.client5, httpclient5,           floor.httpclient5.version",
            "org.apache.httpcomponents.core5,   httpcore5,             floor.httpcore5.version",
            "com.fasterxml.jackson.core,        jackson-databind,      floor.jackson.version",
            "com.fasterxml.jackson.core,        jackson-core,          floor.jackson.version",
            "com.fasterxml.jackson.core,        jackson-annotations,   floor.jackson-annotations.version",
            "com.fasterxml.jackson.datatype,    jackson-datatype-jsr310, floor.jackson.version",
            "org.hibernate.validator,           hibernate-validator,   floor.hibernate-validator.version",
            "org.jboss.logging,                 jboss-logging,         floor.jboss-logging.version",
    })
    void theClasspathCarriesTheFloorVersion(String groupId, String artifactId, String property) {
        String pinned = System.getProperty(property);
        assertThat(pinned).as("system property %s (set by the pom for Surefire)", property).isNotBlank();
        assertThat(versionOnClasspath(groupId, artifactId)).as("%s:%s on the classpath", groupId, artifactId)
                .isEqualTo(pinned);
    }

    private static String versionOnClasspath(String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = PinnedVersionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the classpath", resource).isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
