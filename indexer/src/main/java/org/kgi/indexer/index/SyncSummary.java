package org.kgi.indexer.index;

import java.util.List;

/**
 * The outcome of synchronising a corpus with the index, counted in files.
 *
 * @param added     files new to the index
 * @param updated   files whose content changed and were indexed again
 * @param unchanged files already indexed as they are
 * @param deleted   files gone from the corpus and removed from the index
 * @param failed    files that could not be indexed, with the reason (their previous version, if any, is kept)
 * @param skipped   files that are not reports kgi reads (unsupported type), with the reason
 * @param warnings  files indexed with a caveat (text truncated, a bad date)
 * @param reports   reports written to the index in this run
 * @param removed   reports the index held when the run began and holds no more: those of deleted files, and those a
 *                  changed JSON or JSON-lines file no longer holds (a report that moved to another file is not
 *                  removed)
 * @param note      something the user should know about the run as a whole, or {@code null}
 */
public record SyncSummary(int added, int updated, int unchanged, int deleted, List<FileIssue> failed,
                          List<FileIssue> skipped, List<FileIssue> warnings, long reports, long removed,
                          String note) {
    /** A file and what went wrong with it. */
    public record FileIssue(String file, String reason) {
    }

    public SyncSummary {
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public SyncSummary(int added, int updated, int unchanged, int deleted, List<FileIssue> failed,
                       List<FileIssue> skipped, List<FileIssue> warnings, long reports) {
        this(added, updated, unchanged, deleted, failed, skipped, warnings, reports, 0, null);
    }

    public SyncSummary withNote(String text) {
        return new SyncSummary(added, updated, unchanged, deleted, failed, skipped, warnings, reports, removed, text);
    }

    public SyncSummary withRemoved(long count) {
        return new SyncSummary(added, updated, unchanged, deleted, failed, skipped, warnings, reports, count, note);
    }

    public boolean changedAnything() {
        return added + updated + deleted > 0;
    }
}
