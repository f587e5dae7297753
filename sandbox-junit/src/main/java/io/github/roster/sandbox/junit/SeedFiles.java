package io.github.roster.sandbox.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Finds the file {@link RosterSandbox#seed()} names: a class-path resource, else a file path. */
final class SeedFiles {

    private SeedFiles() {
    }

    /**
     * The seed file as a path (a resource inside a jar is copied to a temporary file).
     *
     * @throws ExtensionConfigurationException naming {@code seed} when neither a resource nor a readable file
     */
    static Path resolve(String seed, Class<?> testClass) {
        String resource = seed.startsWith("/") ? seed.substring(1) : seed;
        URL url = testClass.getClassLoader().getResource(resource);
        if (url != null) {
            return fromUrl(url);
        }
        Path file = Path.of(seed);
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new ExtensionConfigurationException("@RosterSandbox(seed = \"" + seed + "\") on "
                    + testClass.getName() + ": no such class-path resource and no readable file " + file.toAbsolutePath());
        }
        return file;
    }

    private static Path fromUrl(URL url) {
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path copy = Files.createTempFile("roster-sandbox-seed-", ".json");
            copy.toFile().deleteOnExit();
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the seed " + url, e);
        }
    }
}
