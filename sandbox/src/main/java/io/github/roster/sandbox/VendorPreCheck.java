package io.github.roster.sandbox;

import java.util.Optional;

/**
 * A vendor's own rule that answers before the spec validation does (Procore's {@code Procore-Company-Id}: 404
 * when missing, 403 for another company), for every operation of that vendor.
 */
interface VendorPreCheck {

    /** No rule: every routed request goes on to validation. */
    VendorPreCheck NONE = (request, parameters) -> Optional.empty();

    /**
     * @param request the routed request
     * @param parameters its path variables
     * @return the vendor's answer when the request must stop here, else empty
     */
    Optional<SandboxResponse> check(SandboxRequest request, PathParameters parameters);
}
