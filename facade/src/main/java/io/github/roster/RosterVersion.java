package io.github.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Roster on the classpath, written once by the build (from the Maven project version) and read
 * by everything that shows it: the {@code User-Agent} of every request, {@code roster --version}.
 */
public final class RosterVersion {

    private static final String VERSION = load();

    private RosterVersion() {
    }

    /**
     * The version of this Roster build.
     *
     * @return e.g. {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}
     */
    public static String current() {
        return VERSION;
    }

    /**
     * The {@code User-Agent} Roster sends with every request.
     *
     * @return {@code roster-java/} and the version, e.g. {@code roster-java/0.1.0}
     */
    public static String userAgent() {
        return "roster-java/" + VERSION;
    }

    private static String load() {
        try (InputStream in = RosterVersion.class.getResourceAsStream("roster-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("roster-version.properties is missing from the Roster facade jar");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            if (v.isEmpty() || v.startsWith("${")) {
                throw new IllegalStateException("roster-version.properties was not filtered by the build: " + v);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read roster-version.properties", e);
        }
    }
}
