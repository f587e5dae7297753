package io.github.roster.internal.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 countries and their ISO 3166-2 subdivisions, from the resource {@code iso3166.tsv}
 * that {@code facade/scripts/generate-iso3166.py} derives from Debian's iso-codes data.
 */
public final class Iso3166 {

    private static final String RESOURCE = "io/github/roster/internal/validation/iso3166.tsv";

    private final Map<String, Set<String>> subdivisionsByCountry;
    private final Map<String, String> names;

    private Iso3166(Map<String, Set<String>> subdivisionsByCountry, Map<String, String> names) {
        this.subdivisionsByCountry = subdivisionsByCountry;
        this.names = names;
    }

    /**
     * The data, loaded once.
     *
     * @return the shared instance
     */
    public static Iso3166 instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether a code is an assigned ISO 3166-1 alpha-2 code.
     *
     * @param alpha2 e.g. {@code US}; case-sensitive (upper case)
     * @return true when assigned
     */
    public boolean isCountry(String alpha2) {
        return subdivisionsByCountry.containsKey(alpha2);
    }

    /**
     * Whether a code is a subdivision of a country, without the country prefix.
     *
     * @param alpha2 the country, e.g. {@code US}
     * @param subdivision e.g. {@code CA} for California
     * @return true when {@code alpha2-subdivision} is an ISO 3166-2 code
     */
    public boolean isSubdivision(String alpha2, String subdivision) {
        Set<String> subs = subdivisionsByCountry.get(alpha2);
        return subs != null && subs.contains(subdivision);
    }

    /**
     * The English name of a country.
     *
     * @param alpha2 the code
     * @return the name, when the code is assigned
     */
    public Optional<String> countryName(String alpha2) {
        return Optional.ofNullable(names.get(alpha2));
    }

    private static Iso3166 load() {
        Map<String, Set<String>> subs = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Iso3166.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                names.put(cols[0], cols[1]);
                subs.put(cols[0], cols[2].isEmpty() ? Set.of() : Set.of(cols[2].split(",")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Iso3166(Map.copyOf(subs), Map.copyOf(names));
    }

    private static final class Holder {
        private static final Iso3166 INSTANCE = load();
    }
}
