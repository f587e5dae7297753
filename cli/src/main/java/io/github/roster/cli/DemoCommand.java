package io.github.roster.cli;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUsersImport;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.client.procore.model.CompanyUserUpdateRequest;
import io.github.roster.error.ValidationException;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;

/**
 * {@code roster demo}: starts the sandbox in-process and runs the main operations through the facade, printing
 * what was sent and what came back, offboards one person on all three platforms, shows validation refusing
 * bad input, then plans and applies a sync from a small HR export ({@link DemoSync}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts the sandbox in-process and runs the main operations against it through the library.")
final class DemoCommand implements Callable<Integer> {

    private static final String TOKEN = "demo-token";

    private final CliContext ctx;

    DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).token(TOKEN).build().start()) {
            String base = sandbox.baseUrl().toString();
            ctx.out().println("Sandbox started on " + base + "\n");
            try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder().baseUrl(base)
                    .tokenProvider(TokenProvider.of(TOKEN)).build();
                 ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder().baseUrl(base)
                    .tokenProvider(TokenProvider.of(TOKEN)).build()) {
                bim360(autodesk);
                acc(autodesk);
                procore(procore);
                offboard(autodesk, procore);
                refused(autodesk);
                DemoSync.run(ctx.out(), autodesk, procore);
            }
        }
        ctx.out().println("Done: three operations sent, one person offboarded on three platforms, one invalid input"
                + " refused before sending, and the three platforms brought in line with an HR export.");
        return ExitCodes.OK;
    }

    private void bim360(AutodeskAccountAdminClient autodesk) {
        AccountUserPatch patch = new AccountUserPatch().status(UserStatusUpdate.INACTIVE)
                .companyId(UUID.fromString(SandboxSeed.BIM360_COMPANY_ID)).defaultRole("BIM Manager");
        String account = "b." + SandboxSeed.BIM360_ACCOUNT_ID;
        section("1. BIM 360: deactivate a user",
                "PATCH /hq/v1/accounts/" + SandboxSeed.BIM360_ACCOUNT_ID + "/users/" + SandboxSeed.BIM360_USER_ID
                        + "   (account given as " + account + ")", Printer.json(patch));
        AccountUser user = autodesk.updateAccountUser(account, SandboxSeed.BIM360_USER_ID, patch);
        received(Printer.json(user));
    }

    private void acc(AutodeskAccountAdminClient autodesk) {
        List<ProjectUserImport> users = List.of(
                user("ada.lovelace@example.com", "Ada", "Lovelace", ProductAccessLevel.ADMINISTRATOR),
                user("grace.hopper@example.com", "Grace", "Hopper", ProductAccessLevel.MEMBER),
                user("alan.turing@example.com", "Alan", "Turing", ProductAccessLevel.MEMBER));
        section("2. ACC: import three users into a project",
                "POST /construction/admin/v2/projects/" + SandboxSeed.ACC_PROJECT_ID + "/users:import",
                Printer.json(new ProjectUsersImport().users(users)));
        AccImportResult result = autodesk.importProjectUsers(SandboxSeed.ACC_PROJECT_ID, users);
        received("202 " + Printer.json(java.util.Map.of("jobId", String.valueOf(result.batches().get(0).jobId()))));
    }

    private static ProjectUserImport user(String email, String first, String last, ProductAccessLevel docs) {
        return new ProjectUserImport().email(email).firstName(first).lastName(last)
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(docs))
                .addProductsItem(new ProductAccess().key(ProductKey.BUILD).access(ProductAccessLevel.MEMBER));
    }

    private void procore(ProcoreDirectoryClient procore) throws IOException {
        Path avatar = Files.createTempFile("roster-demo-avatar", ".png");
        try {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, x, 0xF58220);
            }
            ImageIO.write(image, "png", avatar.toFile());
            CompanyUserUpdate update = new CompanyUserUpdate().lastName("Smith")
                    .emailAddress("john.smith@example.com").jobTitle("Superintendent").countryCode("US")
                    .stateCode("CA").isActive(true);
            section("3. Procore: update a company user and upload an avatar",
                    "PATCH /rest/v1.3/companies/" + SandboxSeed.PROCORE_COMPANY_ID + "/users/"
                            + SandboxSeed.PROCORE_USER_ID + "   (multipart/form-data, Procore-Company-Id: "
                            + SandboxSeed.PROCORE_COMPANY_ID + ")",
                    "user[...] parts of " + Printer.json(new CompanyUserUpdateRequest().user(update))
                            + "\nuser[avatar]: " + Files.size(avatar) + " bytes, image/png");
            CompanyUser user = procore.updateCompanyUser(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_USER_ID,
                    update, UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(avatar)));
            received(Printer.json(user));
        } finally {
            Files.deleteIfExists(avatar);
        }
    }

    private void offboard(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore) {
        String email = "ann.lee@example.com";
        ctx.out().println("4. Offboard " + email + " everywhere (exact lookups: the vendors' fuzzy searches would"
                + " also match joann.lee@example.com)");
        List<String> projects = autodesk.listUserProjectsByEmail(SandboxSeed.BIM360_ACCOUNT_ID, email)
                .map(found -> found.stream().map(p -> p.getId()).toList()).orElse(List.of());
        for (String project : projects) {
            autodesk.removeProjectUserByEmail(project, email).forEach(removed ->
                    ctx.out().println("   ACC project " + project + ": member " + removed.userId() + " "
                            + removed.outcome()));
        }
        ctx.out().println("   BIM 360 account: "
                + autodesk.deactivateAccountUserByEmail(SandboxSeed.BIM360_ACCOUNT_ID, email).kind());
        ctx.out().println("   Procore company " + SandboxSeed.PROCORE_COMPANY_ID + ": " + procore
                .deactivateCompanyUserByEmail(SandboxSeed.PROCORE_COMPANY_ID, email)
                .map(d -> d.sent() ? "deactivated" : "already inactive").orElse("not found"));
        ctx.out().println();
    }

    private void refused(AutodeskAccountAdminClient autodesk) {
        ctx.out().println("5. Validation: bad input is refused before anything is sent");
        try {
            autodesk.importProjectUsers(SandboxSeed.ACC_PROJECT_ID, List.of(
                    user("not-an-email", "x".repeat(300), "Doe", ProductAccessLevel.MEMBER),
                    new ProjectUserImport().email("ada.lovelace@example.com").products(List.of(
                            new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION).access(ProductAccessLevel.MEMBER))),
                    user("ADA.LOVELACE@example.com", "Ada", "Again", ProductAccessLevel.MEMBER)));
            throw new IllegalStateException("the sandbox demo expected a validation failure");
        } catch (ValidationException e) {
            e.violations().forEach(v -> ctx.out().println("   " + v.describe()));
        }
    }

    private void section(String title, String request, String body) {
        ctx.out().println(title);
        ctx.out().println("-> " + request);
        ctx.out().println(indent(body));
    }

    private void received(String body) {
        ctx.out().println("<- " + indent(body).trim());
        ctx.out().println();
    }

    private static String indent(String text) {
        return "   " + text.replace("\n", "\n   ");
    }
}
