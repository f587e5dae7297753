package io.github.roster.client.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The one JSON mapping every Roster client uses for the vendors' wire.
 *
 * <ul>
 *   <li>A field the caller did not set is not written (PATCH semantics); a {@code nullable} field set to
 *       {@code null} through its {@code JsonNullable} is written as {@code null}.</li>
 *   <li>Unknown response properties are ignored: vendors add fields.</li>
 *   <li>Timestamps are written as ISO 8601 and read leniently (see
 *       {@link LenientOffsetDateTimeDeserializer}).</li>
 * </ul>
 *
 * <p>An {@link ObjectMapper} is expensive to create and thread-safe once configured: create one per
 * client and share it.
 */
public final class RosterJson {

    private RosterJson() {
    }

    /**
     * Creates a configured mapper.
     *
     * @return a new mapper; share it, do not create one per call
     */
    public static ObjectMapper newObjectMapper() {
        SimpleModule lenientTimes = new SimpleModule("roster-lenient-times");
        lenientTimes.addDeserializer(OffsetDateTime.class, new LenientOffsetDateTimeDeserializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(lenientTimes)
                .addModule(new JsonNullableModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
