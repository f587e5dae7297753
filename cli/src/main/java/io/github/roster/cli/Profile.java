package io.github.roster.cli;

import java.util.Map;

/**
 * A named profile of the config file ({@link Profiles}): where to send requests and the names of the environment
 * variables that hold the secrets, never a secret. Command-line options override each value.
 *
 * @param name the profile's name, or null for no profile
 * @param baseUrl {@code base-url}, or null
 * @param region {@code region} (Autodesk), or null
 * @param procoreEnvironment {@code procore-environment}, or null
 * @param variables the default variable names mapped to the profile's, e.g.
 *     {@code ROSTER_AUTODESK_TOKEN -> ACME_APS_TOKEN}
 */
record Profile(String name, String baseUrl, String region, String procoreEnvironment, Map<String, String> variables) {

    /** No profile: every value from the options and the default variables. */
    static final Profile NONE = new Profile(null, null, null, null, Map.of());

    /**
     * Copies the variables.
     *
     * @param name see the record component
     * @param baseUrl see the record component
     * @param region see the record component
     * @param procoreEnvironment see the record component
     * @param variables see the record component
     */
    Profile {
        variables = Map.copyOf(variables);
    }

    /**
     * The variable to read instead of a default one.
     *
     * @param defaultName e.g. {@code ROSTER_PROCORE_CLIENT_SECRET}
     * @return the profile's variable for it, or {@code defaultName}
     */
    String variable(String defaultName) {
        return variables.getOrDefault(defaultName, defaultName);
    }
}
