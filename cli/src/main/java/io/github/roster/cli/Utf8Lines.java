package io.github.roster.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the first line of a file that is not valid UTF-8, reading it once in constant memory. */
final class Utf8Lines {

    private Utf8Lines() {
    }

    /**
     * The number of the first line (from 1) holding bytes that are not UTF-8.
     *
     * @param file the file
     * @return the line, or 0 when the whole file is valid UTF-8
     * @throws IOException when the file cannot be read
     */
    static long firstInvalidLine(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean eof = false;
            while (true) {
                int n = eof ? -1 : stream.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                out.flip();
                while (out.hasRemaining()) {
                    if (out.get() == '\n') {
                        line++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    return line;
                }
                in.compact();
                if (eof && !result.isOverflow()) {
                    return 0;
                }
            }
        }
    }
}
