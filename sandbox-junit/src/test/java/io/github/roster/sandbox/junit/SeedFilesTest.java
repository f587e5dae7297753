package io.github.roster.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code @RosterSandbox(seed = ...)} looks: the class path first, then the file system. */
class SeedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aClassPathResourceIsFoundWithOrWithoutALeadingSlash() {
        assertThat(SeedFiles.resolve("worlds/small.json", getClass())).isRegularFile();
        assertThat(SeedFiles.resolve("/worlds/small.json", getClass())).isRegularFile();
    }

    @Test
    void aFilePathIsUsedWhenNoResourceHasTheName() throws Exception {
        Path file = Files.writeString(dir.resolve("world.json"), "{}");
        assertThat(SeedFiles.resolve(file.toString(), getClass())).isEqualTo(file);
    }

    @Test
    void aMissingSeedIsAConfigurationErrorNamingTheSeed() {
        assertThatThrownBy(() -> SeedFiles.resolve("worlds/missing.json", getClass()))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("seed = \"worlds/missing.json\"")
                .hasMessageContaining(getClass().getName());
    }
}
