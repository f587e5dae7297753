package io.github.roster.sandbox;

import java.util.Arrays;

/**
 * The {@code user[avatar]} file part of a Procore multipart update, as the sandbox stored it.
 *
 * @param fileName the file name the part declared
 * @param contentType the part's content type
 * @param bytes the file content
 */
public record StoredAvatar(String fileName, String contentType, byte[] bytes) {

    /** Copies the bytes. */
    public StoredAvatar {
        bytes = bytes.clone();
    }

    /** A copy of the file content. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredAvatar that
                && fileName.equals(that.fileName)
                && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StoredAvatar[fileName=" + fileName + ", contentType=" + contentType + ", " + bytes.length + " bytes]";
    }
}
