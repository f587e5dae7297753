package io.github.roster.examples.provisioning;

import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.ProcoreClientCredentials;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AccountUserDeactivation;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.ProjectUserRemoval;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.procore.CompanyUserDeactivation;
import io.github.roster.procore.CompanyUserMatch;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provisions one person on BIM 360 (account user), ACC (project member) and Procore (company user), then offboards
 * them everywhere and reads each platform back. With {@code ROSTER_AUTODESK_CLIENT_ID}/{@code _SECRET},
 * {@code ROSTER_PROCORE_CLIENT_ID}/{@code _SECRET} and {@code ROSTER_EXAMPLE_ACCOUNT}, {@code _PROJECT},
 * {@code _COMPANY}, {@code _EMAIL} set it works on your own tenants; without credentials it starts an embedded
 * sandbox on a free loopback port and works there.
 */
public final class ProvisionAndOffboard {

    private static final String SANDBOX_TOKEN = "example-token";

    /**
     * Where the example works: the tenants and the person.
     *
     * @param autodesk the Autodesk client
     * @param procore the Procore client
     * @param account the BIM 360 account id
     * @param project the ACC project id
     * @param company the Procore company id
     * @param email the person's e-mail
     */
    record Target(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore, String account,
                  String project, long company, String email) {
    }

    /**
     * What the platforms say after the offboarding, read back.
     *
     * @param accStatus the ACC project member's status ({@code deleted} once removed)
     * @param bim360 what the BIM 360 deactivation did
     * @param procoreActive whether the Procore company user is active
     */
    record Offboarded(String accStatus, AccountUserDeactivation.Kind bim360, boolean procoreActive) {
    }

    private ProvisionAndOffboard() {
    }

    /**
     * Runs the example: on your tenants when credentials are set, else on an embedded sandbox.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        if (env.containsKey("ROSTER_AUTODESK_CLIENT_ID")) {
            try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
                    .tokenProvider(AutodeskClientCredentials.builder().clientId(required(env, "ROSTER_AUTODESK_CLIENT_ID"))
                            .clientSecret(required(env, "ROSTER_AUTODESK_CLIENT_SECRET")).build()).build();
                 ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
                    .tokenProvider(ProcoreClientCredentials.builder().clientId(required(env, "ROSTER_PROCORE_CLIENT_ID"))
                            .clientSecret(required(env, "ROSTER_PROCORE_CLIENT_SECRET")).build()).build()) {
                run(new Target(autodesk, procore, required(env, "ROSTER_EXAMPLE_ACCOUNT"),
                        required(env, "ROSTER_EXAMPLE_PROJECT"), Long.parseLong(required(env, "ROSTER_EXAMPLE_COMPANY")),
                        required(env, "ROSTER_EXAMPLE_EMAIL")), System.out);
            }
            return;
        }
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).token(SANDBOX_TOKEN).build().start()) {
            String base = sandbox.baseUrl().toString();
            System.out.println("No credentials set: working on an embedded sandbox at " + base);
            try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder().baseUrl(base)
                    .tokenProvider(TokenProvider.of(SANDBOX_TOKEN)).build();
                 ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder().baseUrl(base)
                    .tokenProvider(TokenProvider.of(SANDBOX_TOKEN)).build()) {
                run(new Target(autodesk, procore, SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.ACC_PROJECT_ID,
                        SandboxSeed.PROCORE_COMPANY_ID, "grace.hopper@example.com"), System.out);
            }
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("with credentials set, the example also needs " + name
                    + " (see examples/provision-and-offboard/README.md)");
        }
        return value;
    }

    /**
     * Provisions the person on the three platforms, then offboards them and reads each back.
     *
     * @param t where to work
     * @param out where to report
     * @return what the platforms say afterwards
     */
    static Offboarded run(Target t, PrintStream out) {
        // Provision: a BIM 360 account user, an ACC project member with Docs and Build, a Procore company user.
        AccountUser bim360 = t.autodesk().createAccountUser(t.account(),
                new AccountUserCreate().email(t.email()).firstName("Grace").lastName("Hopper"));
        out.println("BIM 360: created account user " + bim360.getId() + " (" + bim360.getStatus() + ")");
        AccImportResult imported = t.autodesk().importProjectUsers(t.project(), List.of(new ProjectUserImport()
                .email(t.email()).firstName("Grace").lastName("Hopper")
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER))
                .addProductsItem(new ProductAccess().key(ProductKey.BUILD).access(ProductAccessLevel.MEMBER))));
        out.println("ACC: " + imported);
        CompanyUser procore = t.procore().createCompanyUser(t.company(),
                new CompanyUserCreate().firstName("Grace").lastName("Hopper").emailAddress(t.email()));
        out.println("Procore: created company user " + procore.getId());

        // Offboard: exact e-mail lookups everywhere (the vendors' own searches are fuzzy), nothing deleted.
        List<ProjectUserRemoval> removed = t.autodesk().removeProjectUserByEmail(t.project(), t.email());
        out.println("ACC: " + removed);
        AccountUserDeactivation deactivated = t.autodesk().deactivateAccountUserByEmail(t.account(), t.email());
        out.println("BIM 360: " + deactivated.kind() + " - " + deactivated.message());
        Optional<CompanyUserDeactivation> procoreDone = t.procore().deactivateCompanyUserByEmail(t.company(),
                t.email());
        out.println("Procore: " + procoreDone.map(Object::toString).orElse("not found"));

        // A write is done when it is read back.
        String accStatus = t.autodesk().findProjectUsersByEmail(t.project(), t.email(), true).stream()
                .map(ProjectUser::getStatus).findFirst().orElse("absent");
        boolean procoreActive = t.procore().findCompanyUsersByEmail(t.company(), t.email()).stream()
                .anyMatch(CompanyUserMatch::active);
        Offboarded result = new Offboarded(accStatus, deactivated.kind(), procoreActive);
        out.println("Read back: ACC member " + accStatus + ", BIM 360 " + deactivated.kind()
                + ", Procore active=" + procoreActive);
        return result;
    }
}
