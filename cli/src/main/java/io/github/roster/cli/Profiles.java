package io.github.roster.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.procore.ProcoreEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CLI's config file of named profiles:
 * <pre>
 * profiles:
 *   acme:
 *     base-url: https://developer.api.autodesk.com
 *     region: EMEA
 *     procore-environment: sandbox
 *     autodesk-client-id-variable: ACME_APS_CLIENT_ID
 *     autodesk-client-secret-variable: ACME_APS_CLIENT_SECRET
 *     procore-token-variable: ACME_PROCORE_TOKEN
 * </pre>
 * The file is {@code $ROSTER_CONFIG}, else {@code $XDG_CONFIG_HOME/roster/config.yaml}, else
 * {@code $HOME/.config/roster/config.yaml} (all read from the command's environment). The profile is
 * {@code --profile NAME}, else {@code $ROSTER_PROFILE}, else {@code default} when the file has one. A profile names
 * the variables that hold secrets and never holds one: a secret-looking key ({@code token}, {@code secret},
 * {@code client_secret}, {@code password}) is refused naming its line, as is any unknown key.
 */
final class Profiles {

    /** The {@code ...-variable} keys and the default variables they replace. */
    static final Map<String, String> VARIABLE_KEYS = variableKeys();

    private static final List<String> VALUE_KEYS = List.of("base-url", "region", "procore-environment");
    private static final Pattern SECRET_KEY = Pattern.compile(".*(token|secret|password).*");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Profiles() {
    }

    private static Map<String, String> variableKeys() {
        Map<String, String> keys = new TreeMap<>();
        for (String vendor : new String[] {"autodesk", "procore"}) {
            for (String what : new String[] {"token", "client-id", "client-secret"}) {
                keys.put(vendor + "-" + what + "-variable", "ROSTER_" + vendor.toUpperCase(Locale.ROOT) + "_"
                        + what.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
        }
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The config file's path from the environment, or null when none can be named. */
    static Path file(CliContext ctx) {
        if (ctx.env("ROSTER_CONFIG") != null) {
            return Path.of(ctx.env("ROSTER_CONFIG"));
        }
        if (ctx.env("XDG_CONFIG_HOME") != null) {
            return Path.of(ctx.env("XDG_CONFIG_HOME"), "roster", "config.yaml");
        }
        String home = ctx.env("HOME") != null ? ctx.env("HOME") : ctx.env("USERPROFILE");
        return home == null ? null : Path.of(home, ".config", "roster", "config.yaml");
    }

    /**
     * The profile a command uses.
     *
     * @param option {@code --profile}, or null
     * @param ctx the environment
     * @return the profile, or {@link Profile#NONE} when none is named and the file has no {@code default}
     * @throws InvalidInputException when a named profile or its file is missing, or the file is invalid
     */
    static Profile load(String option, CliContext ctx) {
        String named = option != null ? option : ctx.env("ROSTER_PROFILE");
        Path file = file(ctx);
        if (file == null || !Files.isRegularFile(file)) {
            if (named != null) {
                throw new InvalidInputException("profile " + named + ": no config file"
                        + (file == null ? " (set ROSTER_CONFIG, XDG_CONFIG_HOME or HOME)" : " at " + file));
            }
            return Profile.NONE;
        }
        Map<String, Map<String, Located>> profiles = read(file);
        String name = named != null ? named : "default";
        Map<String, Located> values = profiles.get(name);
        if (values == null) {
            if (named == null) {
                return Profile.NONE;
            }
            throw new InvalidInputException("profile " + named + " is not in " + file + "; it has "
                    + profiles.keySet());
        }
        Map<String, String> variables = new LinkedHashMap<>();
        values.forEach((key, v) -> {
            if (VARIABLE_KEYS.containsKey(key)) {
                variables.put(VARIABLE_KEYS.get(key), v.value());
            }
        });
        return new Profile(name, text(values, "base-url"), text(values, "region"),
                text(values, "procore-environment"), variables);
    }

    private static String text(Map<String, Located> values, String key) {
        Located v = values.get(key);
        return v == null ? null : v.value();
    }

    /** A scalar and the line it is on. */
    private record Located(String value, int line) {
    }

    private static Map<String, Map<String, Located>> read(Path file) {
        Map<String, Map<String, Located>> profiles = new LinkedHashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
            if (p.nextToken() == null) {
                return profiles;
            }
            expect(p, JsonToken.START_OBJECT, file, "the file must be a mapping with the key profiles");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = line(p);
                if (!key.equals("profiles")) {
                    throw at(file, line, key, "unknown key; the file holds profiles:");
                }
                p.nextToken();
                expect(p, JsonToken.START_OBJECT, file, "profiles must be a mapping of profile names");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    expect(p, JsonToken.START_OBJECT, file, "profile " + name + " must be a mapping");
                    profiles.put(name, profile(p, file, name));
                }
            }
            return profiles;
        } catch (IOException e) {
            throw new InvalidInputException("config file " + file + ": cannot read it: " + e.getMessage());
        }
    }

    private static Map<String, Located> profile(JsonParser p, Path file, String name) throws IOException {
        Map<String, Located> values = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = line(p);
            String where = "profiles." + name + "." + key;
            boolean variableKey = VARIABLE_KEYS.containsKey(key);
            if (!variableKey && SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches()) {
                throw at(file, line, where, "a profile never holds a secret; name the variable that holds it, e.g. "
                        + VARIABLE_KEYS.keySet());
            }
            if (!variableKey && !VALUE_KEYS.contains(key)) {
                throw at(file, line, where, "unknown key; a profile holds " + VALUE_KEYS + " and "
                        + VARIABLE_KEYS.keySet());
            }
            JsonToken value = p.nextToken();
            if (!value.isScalarValue()) {
                throw at(file, line, where, "must be a single value");
            }
            String text = p.getText().strip();
            if (variableKey && !VARIABLE_NAME.matcher(text).matches()) {
                throw at(file, line, where, "must be the name of an environment variable (letters, digits, _),"
                        + " never the secret itself");
            }
            if (key.equals("region") && Arrays.stream(Region.values()).noneMatch(r -> r.getValue()
                    .equalsIgnoreCase(text))) {
                throw at(file, line, where, "must be one of " + Arrays.toString(Region.values()) + ", was " + text);
            }
            if (key.equals("procore-environment") && Arrays.stream(ProcoreEnvironment.values())
                    .noneMatch(e -> e.name().equalsIgnoreCase(text))) {
                throw at(file, line, where, "must be one of " + Arrays.toString(ProcoreEnvironment.values())
                        + ", was " + text);
            }
            values.put(key, new Located(text, line));
        }
        return values;
    }

    private static void expect(JsonParser p, JsonToken token, Path file, String message) {
        if (p.currentToken() != token) {
            throw new InvalidInputException("config file " + file + ": line " + line(p) + ": " + message);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static InvalidInputException at(Path file, int line, String key, String message) {
        return new InvalidInputException("config file " + file + ": line " + line + ": " + key + ": " + message);
    }
}
