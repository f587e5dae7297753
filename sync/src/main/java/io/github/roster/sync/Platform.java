package io.github.roster.sync;

import java.util.Arrays;
import java.util.Locale;

/** A platform a plan acts on; {@link #key()} is how plans, journals and configuration files name it. */
public enum Platform {
    /** Autodesk BIM 360 account users (HQ API). */
    BIM360("bim360"),
    /** Autodesk Construction Cloud project members (ACC Admin API). */
    ACC("acc"),
    /** Procore company users (Company Directory). */
    PROCORE("procore");

    private final String key;

    Platform(String key) {
        this.key = key;
    }

    /**
     * The name used in files.
     *
     * @return {@code bim360}, {@code acc} or {@code procore}
     */
    public String key() {
        return key;
    }

    /**
     * The platform a file names.
     *
     * @param key {@code bim360}, {@code acc} or {@code procore}, in any case
     * @return the platform
     * @throws IllegalArgumentException for any other name
     */
    public static Platform fromKey(String key) {
        String wanted = key == null ? "" : key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown platform '" + key
                        + "': expected bim360, acc or procore"));
    }
}
