package io.github.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The version the build wrote into the jar, and the User-Agent built from it. */
class RosterVersionTest {

    @Test
    void theVersionIsTheFilteredProjectVersionAndNamesTheUserAgent() {
        assertThat(RosterVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(RosterVersion.userAgent()).isEqualTo("roster-java/" + RosterVersion.current());
    }
}
