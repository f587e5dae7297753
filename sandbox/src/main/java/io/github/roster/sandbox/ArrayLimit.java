package io.github.roster.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Refuses a JSON request body with an array longer than any the specs allow while it streams in, before it is
 * held as a tree and validated (a 100,000-user import used to take 23 s and 500 MB to get its 400). The limit
 * is the largest {@code maxItems} of any request body in the specs; each operation's own limit is still checked
 * by the spec validation afterwards.
 */
final class ArrayLimit {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    /**
     * A body read under the limits.
     *
     * @param body the bytes, or null when refused
     * @param refusal why it was refused, or null
     */
    record Read(byte[] body, String refusal) {
    }

    private final int maxItems;

    ArrayLimit(int maxItems) {
        this.maxItems = maxItems;
    }

    /** The largest {@code maxItems} of any request body schema in the specs. */
    static ArrayLimit fromSpecs(SpecCatalog specs) {
        int largest = 0;
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SpecOperation op : specs.operations()) {
            if (op.operation().getRequestBody() == null || op.operation().getRequestBody().getContent() == null) {
                continue;
            }
            for (MediaType media : op.operation().getRequestBody().getContent().values()) {
                largest = Math.max(largest, largestMaxItems(media.getSchema(), seen));
            }
        }
        if (largest == 0) {
            throw new IllegalStateException("no request body array in the specs declares maxItems");
        }
        return new ArrayLimit(largest);
    }

    private static int largestMaxItems(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return 0;
        }
        int largest = schema.getMaxItems() == null ? 0 : schema.getMaxItems();
        largest = Math.max(largest, largestMaxItems(schema.getItems(), seen));
        if (schema.getProperties() != null) {
            for (Schema<?> property : schema.getProperties().values()) {
                largest = Math.max(largest, largestMaxItems(property, seen));
            }
        }
        for (var parts : new java.util.List<?>[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (parts != null) {
                for (Object part : parts) {
                    largest = Math.max(largest, largestMaxItems((Schema<?>) part, seen));
                }
            }
        }
        return largest;
    }

    int maxItems() {
        return maxItems;
    }

    /**
     * Reads a JSON body, at most {@code maxBytes}, stopping at the first array element past the limit.
     * Malformed JSON is read whole and left to the spec validation.
     *
     * @param in the body
     * @param maxBytes the most bytes read
     * @return the bytes, or the refusal; bytes null and refusal null when the body is longer than maxBytes
     */
    Read read(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        boolean[] tooLong = new boolean[1];
        InputStream tee = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (tooLong[0]) {
                    return -1;
                }
                int n = super.read(b, off, len);
                if (n > 0) {
                    copy.write(b, off, n);
                    if (copy.size() > maxBytes) {
                        tooLong[0] = true;
                        return -1;
                    }
                }
                return n;
            }
        };
        try (JsonParser parser = JSON.createParser(tee)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT || token == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext at = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                if (at != null && at.inArray() && at.getCurrentIndex() >= maxItems) {
                    return new Read(null, at.pathAsPointer() + ": more than " + maxItems
                            + " items; no request of the specs takes that many");
                }
            }
        } catch (JsonProcessingException malformed) {
            // the spec validation names what is wrong with it
        }
        tee.transferTo(java.io.OutputStream.nullOutputStream());
        return tooLong[0] ? new Read(null, null) : new Read(copy.toByteArray(), null);
    }
}
