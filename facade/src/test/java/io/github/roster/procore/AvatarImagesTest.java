package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.client.procore.model.CompanyUserUpdate;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which images an avatar may be (from their first bytes, never the name), and a streamed avatar is closed. */
class AvatarImagesTest extends ProcoreWireMockTest {

    private static final byte[] PNG = ProcoreUpdateUserTest.PNG;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] GIF = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0};
    private static final byte[] WEBP = {'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
    private static final byte[] BMP = {'B', 'M', 58, 0, 0, 0, 0, 0};

    @TempDir
    Path dir;

    private static Avatar streamed(byte[] bytes) {
        return Avatar.of(new ByteArrayInputStream(bytes), "face");
    }

    @Test
    void imagesAreKnownByTheirFirstBytes() {
        assertThat(streamed(PNG).contentType()).contains("image/png");
        assertThat(streamed(JPEG).contentType()).contains("image/jpeg");
        assertThat(streamed(GIF).contentType()).contains("image/gif");
        assertThat(streamed(WEBP).contentType()).contains("image/webp");
        assertThat(streamed(BMP).contentType()).contains("image/bmp");
        assertThat(streamed(Arrays.copyOf(BMP, 6)).contentType()).contains("image/bmp");
    }

    @Test
    void truncatedOrOtherContentIsNoImage() {
        assertThat(streamed(Arrays.copyOf(PNG, 7)).contentType()).isEmpty();
        assertThat(streamed(new byte[] {(byte) 0xFF, (byte) 0xD8}).contentType()).isEmpty();
        assertThat(streamed(new byte[] {(byte) 0xFF, (byte) 0xD8, 0}).contentType()).isEmpty();
        assertThat(streamed(new byte[] {'G', 'I', 'F', '7'}).contentType()).isEmpty();
        assertThat(streamed(Arrays.copyOf(WEBP, 11)).contentType()).isEmpty();
        byte[] wave = WEBP.clone();
        wave[8] = 'W';
        wave[9] = 'A';
        wave[10] = 'V';
        wave[11] = 'E';
        assertThat(streamed(wave).contentType()).isEmpty();
        for (int i = 8; i < 12; i++) {
            byte[] almost = WEBP.clone();
            almost[i] = 'X';
            assertThat(streamed(almost).contentType()).as("byte %d", i).isEmpty();
        }
        assertThat(streamed(Arrays.copyOf(BMP, 5)).contentType()).isEmpty();
        assertThat(streamed(new byte[0]).contentType()).isEmpty();
        assertThat(streamed("<svg xmlns=".getBytes()).contentType()).isEmpty();
    }

    @Test
    void aFileKeepsItsNameAndCanBeSentAgainAStreamCannot() throws Exception {
        Path file = dir.resolve("portrait.gif");
        Files.write(file, GIF);

        Avatar fromFile = Avatar.of(file);
        assertThat(fromFile.fileName()).isEqualTo("portrait.gif");
        assertThat(fromFile.repeatable()).isTrue();
        assertThat(fromFile).hasToString("Avatar{portrait.gif, image/gif}");

        Avatar fromStream = Avatar.of(new ByteArrayInputStream("text".getBytes()), "notes.png");
        assertThat(fromStream.fileName()).isEqualTo("notes.png");
        assertThat(fromStream.repeatable()).isFalse();
        assertThat(fromStream).hasToString("Avatar{notes.png, not an image}");
    }

    @Test
    void aStreamedAvatarIsClosedAfterTheUploadAndSentWithItsType() {
        server.stubFor(patch(urlPathEqualTo(ProcoreUpdateUserTest.PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ProcoreUpdateUserTest.RESPONSE)));
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayInputStream jpeg = new ByteArrayInputStream(JPEG) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        client.updateCompanyUser(ProcoreUpdateUserTest.COMPANY, ProcoreUpdateUserTest.USER,
                new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com"),
                UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(jpeg, "me.jpg")));

        assertThat(closed).as("the caller's stream is closed once the request is over").isTrue();
        server.verify(patchRequestedFor(urlPathEqualTo(ProcoreUpdateUserTest.PATH))
                .withRequestBodyPart(aMultipart("user[avatar]").withHeader("Content-Type", containing("image/jpeg"))
                        .build()));
    }
}
