package io.github.roster.procore;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An avatar image to upload with a Procore user update, streamed from a file or a stream (never read whole
 * into memory). Whether it is an image is decided by its first bytes, not its name: PNG, JPEG, GIF, WebP
 * and BMP are recognised.
 */
public final class Avatar {

    private static final int SNIFF_BYTES = 12;

    private final Path file;
    private final BufferedInputStream stream;
    private final String fileName;
    private final String contentType;

    private Avatar(Path file, BufferedInputStream stream, String fileName, String contentType) {
        this.file = file;
        this.stream = stream;
        this.fileName = fileName;
        this.contentType = contentType;
    }

    /**
     * An avatar read from a file when the request is sent; it can be sent again on a retry.
     *
     * @param file the image file
     * @return the avatar
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Avatar of(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read avatar " + file, e);
        }
        Path name = file.getFileName();
        return new Avatar(file, null, name == null ? "avatar" : name.toString(), sniff(head));
    }

    /**
     * An avatar streamed from an open stream. A stream can be sent once only, so a request carrying it is
     * not retried. The stream is closed after the request.
     *
     * @param in the image bytes
     * @param fileName the file name to send
     * @return the avatar
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static Avatar of(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        BufferedInputStream buffered = new BufferedInputStream(in);
        byte[] head;
        try {
            buffered.mark(SNIFF_BYTES);
            head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read avatar stream", e);
        }
        return new Avatar(null, buffered, fileName, sniff(head));
    }

    /**
     * The image type found in the first bytes.
     *
     * @return e.g. {@code image/png}; empty when the content is not a recognised image
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /**
     * The file name sent with the part.
     *
     * @return the file name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Whether the avatar can be sent more than once (a file can, a stream cannot).
     *
     * @return true for files
     */
    public boolean repeatable() {
        return file != null;
    }

    Path file() {
        return file;
    }

    InputStream stream() {
        return stream;
    }

    static String sniff(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (b.length >= 12 && startsWith(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        if (startsWith(b, 'B', 'M') && b.length >= 6) {
            return "image/bmp";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Avatar{" + fileName + ", " + (contentType == null ? "not an image" : contentType) + '}';
    }
}
