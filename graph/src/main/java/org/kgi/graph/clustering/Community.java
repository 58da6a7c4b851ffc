package org.kgi.graph.clustering;

import java.util.List;

/**
 * One community.
 *
 * @param index its rank in {@link Communities#communities()} (0 = the largest)
 * @param members node ids, the most connected (degree in the whole graph) first, ties by id
 */
public record Community(int index, List<String> members) {
    public Community {
        members = List.copyOf(members);
        if (index < 0 || members.isEmpty()) {
            throw new IllegalArgumentException("a community needs an index >= 0 and members");
        }
    }

    public int size() {
        return members.size();
    }
}
