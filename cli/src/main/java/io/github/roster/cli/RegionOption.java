package io.github.roster.cli;

import io.github.roster.client.autodesk.model.Region;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --region} option of the Autodesk commands: the {@code Region} header, any case. */
final class RegionOption {

    @Option(names = "--region", paramLabel = "REGION", description = "Region header: US, EMEA, AUS, CAN, DEU, IND, JPN, GBR.")
    String value;

    /**
     * The region given, or null when none.
     *
     * @throws InvalidInputException when it is not one of the spec's regions
     */
    Region region() {
        return parse(value);
    }

    /**
     * A region, any case.
     *
     * @param value the text, or null
     * @return the region, or null for null
     * @throws InvalidInputException when it is not one of the spec's regions
     */
    static Region parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Region.fromValue(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--region must be one of " + Arrays.toString(Region.values())
                    + ", was " + value);
        }
    }
}
