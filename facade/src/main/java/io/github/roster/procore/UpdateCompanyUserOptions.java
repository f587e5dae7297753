package io.github.roster.procore;

/**
 * Optional parts of an Update Company User call. Immutable.
 *
 * @param runConfigurableValidations sends {@code run_configurable_validations}; null leaves it out (Procore's default is false)
 * @param avatar an image to upload with the update (sends multipart/form-data), or null
 */
public record UpdateCompanyUserOptions(Boolean runConfigurableValidations, Avatar avatar) {

    /** No options: a JSON update without the query flag. */
    public static final UpdateCompanyUserOptions NONE = new UpdateCompanyUserOptions(null, null);

    /**
     * These options with {@code run_configurable_validations} set.
     *
     * @param run whether Procore runs the Configurable Field Set validations
     * @return new options
     */
    public UpdateCompanyUserOptions withRunConfigurableValidations(boolean run) {
        return new UpdateCompanyUserOptions(run, avatar);
    }

    /**
     * These options with an avatar.
     *
     * @param image the avatar
     * @return new options
     */
    public UpdateCompanyUserOptions withAvatar(Avatar image) {
        return new UpdateCompanyUserOptions(runConfigurableValidations, image);
    }
}
