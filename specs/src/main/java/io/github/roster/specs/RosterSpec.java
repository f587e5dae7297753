package io.github.roster.specs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI documents Roster is generated from, as classpath resources of this jar.
 *
 * <p>Validators, the sandbox and contract tests load the specs through this type so that all of them
 * read the very documents the clients were generated from.
 */
public enum RosterSpec {
    /** Autodesk Account Admin: BIM 360 account users ({@code /hq/v1}) and ACC project users ({@code /construction/admin}). */
    AUTODESK_ACCOUNT_ADMIN("autodesk-account-admin.yaml"),
    /** Procore Directory: company users ({@code /rest/v1.3/companies/{company_id}/users}). */
    PROCORE_DIRECTORY("procore-directory.yaml");

    private static final String BASE = "io/github/roster/specs/";

    private final String fileName;

    RosterSpec(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The file name of the document, e.g. {@code procore-directory.yaml}.
     *
     * @return the file name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The classpath resource path of the document, without a leading slash.
     *
     * @return the resource path
     */
    public String resourcePath() {
        return BASE + fileName;
    }

    /**
     * Reads the document as text.
     *
     * @return the YAML text of the document
     * @throws UncheckedIOException if the resource is missing or cannot be read
     */
    public String read() {
        try (InputStream in = RosterSpec.class.getClassLoader().getResourceAsStream(resourcePath())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing classpath resource " + resourcePath()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
