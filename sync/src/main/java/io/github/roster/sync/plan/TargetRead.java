package io.github.roster.sync.plan;

import io.github.roster.sync.Digests;
import io.github.roster.sync.Platform;
import io.github.roster.sync.TargetSnapshot;
import io.github.roster.sync.internal.TargetUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;

/**
 * Everything read from one target: its users and the snapshot a plan records (count and digest of the users in
 * a canonical order, so that two plans that saw the same users have the same digest).
 */
record TargetRead(TargetSnapshot snapshot, List<TargetUser> users) {

    static TargetRead of(Platform platform, String target, List<TargetUser> users) {
        List<TargetUser> sorted = users.stream().sorted(Comparator.comparing(TargetUser::userId)).toList();
        MessageDigest sha = Digests.newSha256();
        for (TargetUser u : sorted) {
            sha.update(u.canonical().getBytes(StandardCharsets.UTF_8));
        }
        String digest = java.util.HexFormat.of().formatHex(sha.digest());
        return new TargetRead(new TargetSnapshot(platform, target, sorted.size(), digest), sorted);
    }
}
