package io.github.roster.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The three vendor APIs the sandbox serves, told apart by path prefix: error shapes, headers, pre-checks. */
enum VendorApi {
    /** Autodesk BIM 360 Account Admin, {@code /hq/...}. */
    BIM360_ACCOUNT_ADMIN("/hq/", AutodeskErrors.hq(), false),
    /** Autodesk Construction Cloud Admin, {@code /construction/...}. */
    ACC_ADMIN("/construction/", AutodeskErrors.acc(), false),
    /**
     * Procore, {@code /rest/...}; every response carries the {@code X-Rate-Limit-*} headers and every call
     * needs the {@code Procore-Company-Id} header.
     */
    PROCORE_DIRECTORY("/rest/", new ProcoreErrors(), true) {
        private final VendorPreCheck companyHeader = new ProcoreCompanyHeaderCheck(new ProcoreErrors());

        @Override
        VendorPreCheck preCheck() {
            return companyHeader;
        }
    };

    private final String pathPrefix;
    private final VendorErrors errors;
    private final boolean reportsRateLimitHeaders;

    VendorApi(String pathPrefix, VendorErrors errors, boolean reportsRateLimitHeaders) {
        this.pathPrefix = pathPrefix;
        this.errors = errors;
        this.reportsRateLimitHeaders = reportsRateLimitHeaders;
    }

    static Optional<VendorApi> forPath(String path) {
        return Arrays.stream(values()).filter(api -> path.startsWith(api.pathPrefix)).findFirst();
    }

    VendorErrors errors() {
        return errors;
    }

    /** The header the vendor names each request with: {@code x-ads-request-id} (Autodesk), {@code X-Request-Id}. */
    String requestIdHeader() {
        return this == PROCORE_DIRECTORY ? "X-Request-Id" : "x-ads-request-id";
    }

    boolean reportsRateLimitHeaders() {
        return reportsRateLimitHeaders;
    }

    /** The vendor's rules that answer before spec validation, for every one of its operations. */
    VendorPreCheck preCheck() {
        return VendorPreCheck.NONE;
    }
}
