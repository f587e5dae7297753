package io.github.roster.procore;

/**
 * The optional parameters of creating a company user. Immutable.
 *
 * @param runConfigurableValidations sent as {@code run_configurable_validations} when not null
 */
public record CreateCompanyUserOptions(Boolean runConfigurableValidations) {

    /** No query flag. */
    public static final CreateCompanyUserOptions NONE = new CreateCompanyUserOptions(null);

    /**
     * These options with the {@code run_configurable_validations} flag.
     *
     * @param run the flag, or null to leave it out
     * @return a copy
     */
    public CreateCompanyUserOptions withRunConfigurableValidations(Boolean run) {
        return new CreateCompanyUserOptions(run);
    }
}
