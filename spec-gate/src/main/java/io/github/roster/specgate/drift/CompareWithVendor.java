package io.github.roster.specgate.drift;

import io.github.roster.specgate.Arguments;
import java.util.List;

/**
 * Maintainer command: prints how Roster's spec differs from a vendor's OpenAPI document, leaving out the
 * allow-listed differences. Exit status 0 when nothing is news, 1 when something is, 2 on bad arguments.
 *
 * <p>Arguments: {@code --roster FILE --vendor FILE --allow-list FILE}. Run it with
 * {@code specs/scripts/compare-with-vendor <vendor.yaml>}.
 */
public final class CompareWithVendor {

    private CompareWithVendor() {
    }

    /** Runs the comparison and prints the report. */
    public static void main(String[] args) {
        try {
            Arguments a = Arguments.parse(args, List.of("roster", "vendor", "allow-list"));
            VendorDrift drift = VendorDrift.compare(a.path("roster"), a.path("vendor"), a.path("allow-list"));
            System.out.print(drift.report());
            System.exit(drift.news().isEmpty() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
