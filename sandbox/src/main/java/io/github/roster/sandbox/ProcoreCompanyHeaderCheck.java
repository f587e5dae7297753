package io.github.roster.sandbox;

import java.util.Optional;

/**
 * Procore's {@code Procore-Company-Id} rule, for every Procore operation: missing is 404 "Missing
 * Procore-Company-Id header!", a company other than the path's {@code company_id} is 403. Values that are not
 * integers are left to the spec validation (400).
 */
final class ProcoreCompanyHeaderCheck implements VendorPreCheck {

    static final String NAME = "Procore-Company-Id";
    static final String PATH_VARIABLE = "company_id";

    private final ProcoreErrors errors;

    ProcoreCompanyHeaderCheck(ProcoreErrors errors) {
        this.errors = errors;
    }

    @Override
    public Optional<SandboxResponse> check(SandboxRequest request, PathParameters parameters) {
        Optional<String> header = request.header(NAME).map(String::trim).filter(value -> !value.isEmpty());
        if (header.isEmpty()) {
            return Optional.of(errors.notFound(ProcoreErrors.MISSING_COMPANY_HEADER));
        }
        Long headerCompany = parse(header.get());
        Long pathCompany = parameters.find(PATH_VARIABLE).map(ProcoreCompanyHeaderCheck::parse).orElse(null);
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
