package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes seed files in the format of {@link RosterSandbox.Builder#seed}: one account with {@code n} users
 * ({@code user0@example.com}...), one project whose members are all of them, and one Procore company with
 * {@code n} active users. Test support.
 */
final class SeedFiles {

    static final String ACCOUNT_ID = "11111111-2222-4333-8444-555555555555";
    static final String PROJECT_ID = "66666666-7777-4888-9999-000000000000";
    static final long COMPANY_ID = 4242L;
    static final long FIRST_PROCORE_ID = 3_000_000_000_000L;

    private SeedFiles() {
    }

    /** The id of the {@code i}-th account user. */
    static String accountUserId(int i) {
        return String.format("00000000-0000-4000-8000-%012d", i);
    }

    static Path write(Path directory, int n) {
        ObjectNode world = SandboxClient.MAPPER.createObjectNode();
        ObjectNode account = world.putObject("autodesk").putArray("accounts").addObject();
        account.put("id", ACCOUNT_ID);
        ArrayNode users = account.putArray("users");
        ObjectNode project = account.putArray("projects").addObject();
        project.put("id", PROJECT_ID).put("name", "Seeded").put("status", "active").put("platform", "acc");
        ArrayNode members = project.putArray("members");
        ObjectNode company = world.putObject("procore").putArray("companies").addObject();
        company.put("id", COMPANY_ID);
        ArrayNode companyUsers = company.putArray("users");
        for (int i = 0; i < n; i++) {
            String email = "user" + i + "@example.com";
            users.addObject().put("id", accountUserId(i)).put("email", email).put("name", "User " + i)
                    .put("status", "active");
            members.addObject().put("email", email).putArray("products").addObject()
                    .put("key", "docs").put("access", "member");
            companyUsers.addObject().put("id", FIRST_PROCORE_ID + i).put("last_name", "User" + i)
                    .put("email_address", email).put("is_active", true);
        }
        try {
            Path file = directory.resolve("seed-" + n + ".json");
            SandboxClient.MAPPER.writeValue(file.toFile(), world);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeTo(Path directory, String name, String json) {
        try {
            return Files.writeString(directory.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
