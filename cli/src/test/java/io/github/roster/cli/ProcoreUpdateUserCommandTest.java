package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.sandbox.SandboxSeed;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcoreUpdateUserCommandTest extends InProcessSandboxTest {

    private static final String COMPANY = String.valueOf(SandboxSeed.PROCORE_COMPANY_ID);
    private static final String USER = String.valueOf(SandboxSeed.PROCORE_USER_ID);

    @TempDir
    Path dir;

    @Override
    String sandboxToken() {
        return null;
    }

    @Test
    void everySpecFieldIsAnOptionAndAnEmptyValueClearsIt() {
        Cli.Result r = Cli.run("procore", "update-user", "--base-url", base, "--token", "t",
                "--company", COMPANY, "--user", USER, "--last-name", "Smith", "--email", "john.smith@example.com",
                "--job-title", "", "--mobile-phone", "+1 805 555 0199", "--is-active", "false",
                "--country-code", "US", "--state-code", "CA", "--vendor-id", String.valueOf(SandboxSeed.PROCORE_VENDOR_ID),
                "--run-configurable-validations", "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode user = sandbox.state().procoreUser(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_USER_ID);
        assertThat(user.get("job_title").isNull()).isTrue();
        assertThat(user.get("mobile_phone").asText()).isEqualTo("+1 805 555 0199");
        assertThat(user.get("is_active").asBoolean()).isFalse();
        assertThat(r.out()).contains("\"is_active\" : false");
    }

    @Test
    void uploadsAnAvatar() throws Exception {
        Path png = dir.resolve("me.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

        Cli.Result r = Cli.run("procore", "update-user", "--base-url", base, "--token", "t",
                "--company", COMPANY, "--user", USER, "--last-name", "Smith", "--email-address", "john.smith@example.com",
                "--avatar", png.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sandbox.state().procoreAvatar(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_USER_ID))
                .hasValueSatisfying(a -> assertThat(a.contentType()).isEqualTo("image/png"));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSent() throws Exception {
        Path notAnImage = dir.resolve("avatar.png");
        Files.writeString(notAnImage, "plain text");
        Cli.Result r = Cli.run("procore", "update-user", "--base-url", base, "--token", "t",
                "--company", COMPANY, "--user", USER, "--last-name", "Smith", "--email", "john@",
                "--country-code", "XX", "--is-active", "maybe", "--vendor-id", "twelve");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("user.is_active").contains("user.vendor_id");
        Cli.Result r2 = Cli.run("procore", "update-user", "--base-url", base, "--token", "t",
                "--company", COMPANY, "--user", USER, "--last-name", "Smith", "--email", "john@",
                "--country-code", "XX", "--state-code", "CA", "--avatar", notAnImage.toString());
        assertThat(r2.exitCode()).isEqualTo(2);
        assertThat(r2.err()).contains("user.email_address").contains("user.country_code").contains("user[avatar]");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void requiredFieldsAreRequiredOptions() {
        Cli.Result r = Cli.run("procore", "update-user", "--base-url", base, "--token", "t",
                "--company", COMPANY, "--user", USER, "--job-title", "Foreman");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--last-name").contains("--email-address");
    }

    @Test
    void anUnknownUserExitsThree() {
        Cli.Result r = Cli.run("procore", "update-user", "--base-url", base, "--token", "t",
                "--company", COMPANY, "--user", "42", "--last-name", "Smith", "--email", "john.smith@example.com");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("404");
    }

    @Test
    void anUnknownEnvironmentIsInvalidInput() {
        Cli.Result r = Cli.run("procore", "update-user", "--procore-env", "staging", "--token", "t",
                "--company", COMPANY, "--user", USER, "--last-name", "Smith", "--email", "john.smith@example.com");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--procore-env");
    }
}
