package io.github.roster.sandbox;

import java.util.Optional;

/**
 * Procore's {@code Procore-Company-Id} rule: missing is 404 "Missing Procore-Company-Id header!", a company
 * other than the path's is 403. Values that are not integers are left to the spec validator (400).
 */
final class ProcoreCompanyHeader {

    static final String NAME = "Procore-Company-Id";

    private final ProcoreErrors errors;

    ProcoreCompanyHeader(ProcoreErrors errors) {
        this.errors = errors;
    }

    Optional<SandboxResponse> check(SandboxRequest request, String pathCompanyId) {
        Optional<String> header = request.header(NAME).map(String::trim).filter(value -> !value.isEmpty());
        if (header.isEmpty()) {
            return Optional.of(errors.notFound(ProcoreErrors.MISSING_COMPANY_HEADER));
        }
        Long headerCompany = parse(header.get());
        Long pathCompany = parse(pathCompanyId);
        if (headerCompany != null && pathCompany != null && !headerCompany.equals(pathCompany)) {
            return Optional.of(errors.forbidden("The Procore-Company-Id header (" + headerCompany
                    + ") does not match the company of the path (" + pathCompany + ")."));
        }
        return Optional.empty();
    }

    private static Long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
