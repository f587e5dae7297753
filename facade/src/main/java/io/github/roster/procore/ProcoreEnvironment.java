package io.github.roster.procore;

/**
 * Procore's environments: the API host requests go to and the login host tokens come from. The API hosts
 * are the servers listed in {@code specs/procore-directory.yaml}.
 */
public enum ProcoreEnvironment {
    /** Production. */
    PRODUCTION("https://api.procore.com", "https://login.procore.com"),
    /** The developer sandbox. */
    SANDBOX("https://sandbox.procore.com", "https://login-sandbox.procore.com"),
    /** The monthly sandbox. */
    MONTHLY("https://api-monthly.procore.com", "https://login-sandbox-monthly.procore.com"),
    /** US federal. */
    FEDERAL("https://api.procoregov.com", "https://login.procoregov.com");

    private final String apiBaseUrl;
    private final String loginBaseUrl;

    ProcoreEnvironment(String apiBaseUrl, String loginBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
        this.loginBaseUrl = loginBaseUrl;
    }

    /**
     * Where API requests go.
     *
     * @return e.g. {@code https://api.procore.com}
     */
    public String apiBaseUrl() {
        return apiBaseUrl;
    }

    /**
     * Where client-credentials tokens come from.
     *
     * @return e.g. {@code https://login.procore.com}
     */
    public String loginBaseUrl() {
        return loginBaseUrl;
    }
}
