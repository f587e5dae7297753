package io.github.roster.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientOffsetDateTimeDeserializerTest {

    private final ObjectMapper mapper = RosterJson.newObjectMapper();

    record Holder(OffsetDateTime at) {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-04-07 08:00:24.020422   | 2016-04-07T08:00:24.020422Z",
        "2016-04-07T08:00:24.027Z     | 2016-04-07T08:00:24.027Z",
        "2016-04-07T10:00:24.027+02:00 | 2016-04-07T08:00:24.027Z",
        "2016-04-07T10:00:24+0200     | 2016-04-07T08:00:24Z",
        "2016-04-07T08:00:24          | 2016-04-07T08:00:24Z",
        "2016-04-07 08:00             | 2016-04-07T08:00:00Z",
    })
    void readsEveryFormTheVendorsSend(String wire, String expected) throws Exception {
        Holder h = mapper.readValue("{\"at\":\"" + wire.trim() + "\"}", Holder.class);
        assertThat(h.at().toInstant()).isEqualTo(OffsetDateTime.parse(expected.trim()).toInstant());
    }

    @Test
    void keepsTheOffsetItWasSent() throws Exception {
        Holder h = mapper.readValue("{\"at\":\"2016-04-07T10:00:24+02:00\"}", Holder.class);
        assertThat(h.at().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void nullAndBlankAreNoTimestamp() throws Exception {
        assertThat(mapper.readValue("{\"at\":null}", Holder.class).at()).isNull();
        assertThat(mapper.readValue("{\"at\":\"\"}", Holder.class).at()).isNull();
    }

    @Test
    void refusesTextThatIsNoTimestamp() {
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"yesterday\"}", Holder.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("yesterday");
    }

    @Test
    void writesIso8601() throws Exception {
        String json = mapper.writeValueAsString(new Holder(OffsetDateTime.parse("2016-04-07T08:00:24.027Z")));
        assertThat(json).isEqualTo("{\"at\":\"2016-04-07T08:00:24.027Z\"}");
    }
}
