package io.github.roster.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * One part of a multipart/form-data body.
 *
 * @param name the form field name, e.g. {@code user[last_name]}
 * @param fileName the declared file name for a file part, {@code null} for a text field
 * @param contentType the part's content type, {@code null} when it declared none
 * @param bytes the part's content
 */
record FormPart(String name, String fileName, String contentType, byte[] bytes) {

    boolean isFile() {
        return fileName != null;
    }

    /** The content as UTF-8 text. */
    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
