package io.github.roster.sandbox;

import io.github.roster.specs.RosterSpec;
import java.util.Arrays;
import java.util.Optional;

/** The three vendor APIs the sandbox serves, told apart by path prefix. */
enum VendorApi {
    /** Autodesk BIM 360 Account Admin, {@code /hq/...}. */
    BIM360_ACCOUNT_ADMIN("/hq/", RosterSpec.AUTODESK_ACCOUNT_ADMIN, AutodeskErrors.hq(), false),
    /** Autodesk Construction Cloud Admin, {@code /construction/...}. */
    ACC_ADMIN("/construction/", RosterSpec.AUTODESK_ACCOUNT_ADMIN, AutodeskErrors.acc(), false),
    /** Procore, {@code /rest/...}; every response carries the {@code X-Rate-Limit-*} headers. */
    PROCORE_DIRECTORY("/rest/", RosterSpec.PROCORE_DIRECTORY, new ProcoreErrors(), true);

    private final String pathPrefix;
    private final RosterSpec spec;
    private final VendorErrors errors;
    private final boolean reportsRateLimitHeaders;

    VendorApi(String pathPrefix, RosterSpec spec, VendorErrors errors, boolean reportsRateLimitHeaders) {
        this.pathPrefix = pathPrefix;
        this.spec = spec;
        this.errors = errors;
        this.reportsRateLimitHeaders = reportsRateLimitHeaders;
    }

    static Optional<VendorApi> forPath(String path) {
        return Arrays.stream(values()).filter(api -> path.startsWith(api.pathPrefix)).findFirst();
    }

    RosterSpec spec() {
        return spec;
    }

    VendorErrors errors() {
        return errors;
    }

    boolean reportsRateLimitHeaders() {
        return reportsRateLimitHeaders;
    }
}
