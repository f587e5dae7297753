package io.github.roster.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** The operations the sandbox serves: one per spec. */
final class SandboxRoutes {

    private SandboxRoutes() {
    }

    static List<Route> create(SpecCatalog specs, SandboxState state, Clock clock) {
        return List.of(
                new Route(VendorApi.BIM360_ACCOUNT_ADMIN, "PATCH",
                        Pattern.compile("/hq/v1/accounts/([^/]+)/users/([^/]+)"),
                        new Bim360UserPatchEndpoint(validator(specs, VendorApi.BIM360_ACCOUNT_ADMIN), state, clock)),
                new Route(VendorApi.ACC_ADMIN, "POST",
                        Pattern.compile("/construction/admin/v2/projects/([^/]+)/users:import"),
                        new AccUsersImportEndpoint(validator(specs, VendorApi.ACC_ADMIN), state, clock)),
                new Route(VendorApi.PROCORE_DIRECTORY, "PATCH",
                        Pattern.compile("/rest/v1\\.3/companies/([^/]+)/users/([^/]+)"),
                        new ProcoreUserPatchEndpoint(validator(specs, VendorApi.PROCORE_DIRECTORY),
                                specs.document(VendorApi.PROCORE_DIRECTORY.spec()), state, clock)));
    }

    private static SpecRequestValidator validator(SpecCatalog specs, VendorApi api) {
        return new SpecRequestValidator(specs.validator(api.spec()));
    }
}
