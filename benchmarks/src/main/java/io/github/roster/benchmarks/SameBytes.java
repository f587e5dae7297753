package io.github.roster.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Checks, before a benchmark runs, that the path measured and its floor put the same body on the wire. */
final class SameBytes {

    private SameBytes() {
    }

    static void check(String what, CannedServer server, CannedServer.Sender measured, CannedServer.Sender floor)
            throws Exception {
        byte[] a = server.bodiesOf(measured);
        byte[] b = server.bodiesOf(floor);
        if (a.length == 0 || !Arrays.equals(a, b)) {
            throw new IllegalStateException(what + ": the floor does not send the bytes Roster sends\nRoster: "
                    + new String(a, StandardCharsets.UTF_8) + "\nfloor:  " + new String(b, StandardCharsets.UTF_8));
        }
    }
}
