package io.github.roster.sync.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sync.SyncInputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * An append-only JSON Lines file with one writer and a proven identity.
 *
 * <p>The first line is a header: an object whose {@code identity} says what the journal belongs to (a plan
 * digest, a project and CSV, ...). Opening a journal whose header has another identity, or a damaged header, is
 * refused: its records cannot be trusted to be about this run. Every later line is one record.
 *
 * <p>Crash safety: each record is written with one {@code write} of its whole line, newline included, straight
 * to the file (no buffer), so a process killed at any point (SIGKILL included) leaves every record it finished
 * writing, and at most one cut last line. Opening repairs a cut last line by truncating it (its record was never
 * completed, so whoever wrote it did not act on it as written). A damaged line that is not the last is refused,
 * naming the line. With {@code durable} each write is also forced to the device ({@code fsync}), which survives
 * power loss as well, at the cost of a disk flush per record.
 *
 * <p>One writer: the file is locked ({@link FileChannel#tryLock()}) from open to close; a second open, from this
 * process or another, fails with {@link JournalInUseException}. The operating system releases the lock when the
 * process dies, so a killed run never leaves a stale lock.
 */
public final class JsonLinesJournal implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final boolean durable;
    private final boolean repaired;

    private JsonLinesJournal(Path file, FileChannel channel, boolean durable, boolean repaired) {
        this.file = file;
        this.channel = channel;
        this.durable = durable;
        this.repaired = repaired;
    }

    /**
     * Opens (or creates) a journal, locks it, checks its identity and reads its records.
     *
     * @param file the journal file
     * @param identity what this journal belongs to; a new journal's header records it, an existing journal's
     *     header must hold an equal object
     * @param durable whether every record is forced to the device
     * @param eachRecord called with each record already in the file (header excluded), in file order, before this
     *     returns; it may throw to refuse the journal (the lock is then released)
     * @return the journal, locked until {@link #close()}
     * @throws JournalInUseException when another writer holds it
     * @throws SyncInputException when it belongs to something else or is damaged (naming the line)
     * @throws UncheckedIOException when it cannot be read or written
     */
    public static JsonLinesJournal open(Path file, ObjectNode identity, boolean durable,
                                        Consumer<JsonNode> eachRecord) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new JournalInUseException(file);
            }
            JsonLinesJournal journal = read(file, channel, identity, durable, eachRecord);
            channel = null;
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
        }
    }

    private static JsonLinesJournal read(Path file, FileChannel channel, ObjectNode identity,
                                         boolean durable, Consumer<JsonNode> eachRecord) throws IOException {
        long whole = endOfLastWholeLine(channel);
        boolean repaired = whole < channel.size();
        if (repaired) {
            channel.truncate(whole);
        }
        channel.position(0);
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                node = null;
            }
            if (node == null || !node.isObject()) {
                throw new SyncInputException(file.toString(), List.of("line " + lineNumber
                        + ": damaged (not a JSON object); this file cannot be trusted: keep it for inspection, check"
                        + " the targets, and only then start over with a new file"));
            }
            if (lineNumber == 1) {
                JsonNode recorded = node.path("identity");
                if (!recorded.equals(identity)) {
                    throw new SyncInputException(file.toString(), List.of("line 1: belongs to " + recorded
                            + ", not to " + identity + ": use the file made for this run"));
                }
            } else {
                eachRecord.accept(node);
            }
        }
        JsonLinesJournal journal = new JsonLinesJournal(file, channel, durable, repaired);
        channel.position(channel.size());
        if (lineNumber == 0) {
            ObjectNode header = JSON.createObjectNode();
            header.set("identity", identity);
            journal.append(header);
        }
        return journal;
    }

    /** The length of the file up to and including its last newline (0 when it has none). */
    private static long endOfLastWholeLine(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long end = channel.size();
        while (end > 0) {
            long start = Math.max(0, end - buffer.capacity());
            buffer.clear().limit((int) (end - start));
            channel.position(start);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill the window
            }
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    /**
     * Whether opening cut off a partly written last line.
     *
     * @return whether the file was repaired
     */
    public boolean repaired() {
        return repaired;
    }

    /**
     * The journal's file.
     *
     * @return the path
     */
    public Path file() {
        return file;
    }

    /**
     * Appends one record as a line, written through to the file before this returns.
     *
     * @param record the record
     * @throws UncheckedIOException when it cannot be written
     */
    public synchronized void append(JsonNode record) {
        try {
            byte[] json = JSON.writeValueAsBytes(record);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (durable) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Closes the file, which releases its lock. Every record is already written. */
    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
