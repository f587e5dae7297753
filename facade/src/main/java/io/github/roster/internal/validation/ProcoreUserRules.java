package io.github.roster.internal.validation;

import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.Violation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Procore company-user rules the spec cannot express: {@code country_code} is an assigned ISO 3166-1
 * alpha-2 code, {@code state_code} is an ISO 3166-2 subdivision of that country, and a {@code state_code}
 * needs a {@code country_code}. Codes not in upper-case form are left to the spec's pattern.
 */
public final class ProcoreUserRules {

    private static final Pattern COUNTRY_FORM = Pattern.compile("^[A-Z]{2}$");

    private ProcoreUserRules() {
    }

    /**
     * Checks the country and state of an update.
     *
     * @param prefix the wire path of the user, e.g. {@code user}
     * @param user the update
     * @param violations where violations are added
     */
    public static void check(String prefix, CompanyUserUpdate user, List<Violation> violations) {
        check(prefix, user.getCountryCode(), user.getStateCode(), violations);
    }

    /**
     * Checks a country and state pair of any company-user body (create, update, sync item).
     *
     * @param prefix the wire path of the user, e.g. {@code user} or {@code updates[3]}
     * @param country the {@code country_code}, or null
     * @param state the {@code state_code}, or null
     * @param violations where violations are added
     */
    public static void check(String prefix, String country, String state, List<Violation> violations) {
        Iso3166 iso = Iso3166.instance();
        String countryPath = prefix + "." + CompanyUserUpdate.JSON_PROPERTY_COUNTRY_CODE;
        String statePath = prefix + "." + CompanyUserUpdate.JSON_PROPERTY_STATE_CODE;
        boolean countryKnown = false;
        if (country != null && COUNTRY_FORM.matcher(country).matches()) {
            countryKnown = iso.isCountry(country);
            if (!countryKnown) {
                violations.add(new Violation(countryPath, "iso3166-country",
                        "is not an assigned ISO 3166-1 alpha-2 country code", country));
            }
        }
        if (state == null) {
            return;
        }
        if (country == null) {
            violations.add(new Violation(statePath, "iso3166-subdivision",
                    "needs country_code: a state code means nothing without its country", state));
        } else if (countryKnown && !iso.isSubdivision(country, state)) {
            violations.add(new Violation(statePath, "iso3166-subdivision",
                    "is not an ISO 3166-2 subdivision of " + country + " ("
                            + iso.countryName(country).orElse(country) + ")", state));
        }
    }
}
