package io.github.roster.specgate.drift;

import java.nio.file.Path;
import java.util.List;

/**
 * The drift of Roster's spec from a vendor's, filtered by the allow-list.
 *
 * @param news        differences the allow-list does not explain: the vendor (or Roster) moved
 * @param allowed     how many differences the allow-list explains
 * @param staleEntries allow-list entries that no longer match any difference
 */
public record VendorDrift(List<String> news, int allowed, List<String> staleEntries) {

    public VendorDrift {
        news = List.copyOf(news);
        staleEntries = List.copyOf(staleEntries);
    }

    /** Compares the two documents and applies the allow-list. */
    public static VendorDrift compare(Path rosterSpec, Path vendorSpec, Path allowListFile) {
        AllowList allowList = AllowList.read(allowListFile);
        List<String> differences =
                DriftComparer.differences(ShapeReader.read(rosterSpec), ShapeReader.read(vendorSpec));
        List<String> news = differences.stream().filter(d -> !allowList.allows(d)).toList();
        return new VendorDrift(news, differences.size() - news.size(), allowList.stale(differences));
    }

    /** The report a maintainer reads. */
    public String report() {
        StringBuilder text = new StringBuilder();
        if (news.isEmpty()) {
            text.append("No news: every difference from the vendor's spec is in the allow-list.\n");
        } else {
            text.append(news.size()).append(" difference(s) not in the allow-list:\n");
            news.forEach(n -> text.append("  ").append(n).append('\n'));
        }
        text.append(allowed).append(" known difference(s) allow-listed.\n");
        if (!staleEntries.isEmpty()) {
            text.append(staleEntries.size()).append(" allow-list entr(y/ies) no longer match (remove them):\n");
            staleEntries.forEach(s -> text.append("  ").append(s).append('\n'));
        }
        return text.toString();
    }
}
