package org.kgi.bench.generate;

/**
 * Counters of one generating thread, merged at the end: memory is proportional to the world, never to
 * the corpus. Per entity, the number of reports that name it (its degree in the report-entity graph).
 */
final class CorpusStats {
    final int[] reportsPerEntity;
    final long[] eventsBySub = new long[SubEvent.values().length];
    final long[] reportsByFormat = new long[Format.values().length];
    long reports;
    long files;
    long bytes;
    long words;
    long mentions;

    CorpusStats(int worldSize) {
        reportsPerEntity = new int[worldSize];
    }

    void add(CorpusStats o) {
        for (int i = 0; i < reportsPerEntity.length; i++) {
            reportsPerEntity[i] += o.reportsPerEntity[i];
        }
        for (int i = 0; i < eventsBySub.length; i++) {
            eventsBySub[i] += o.eventsBySub[i];
        }
        for (int i = 0; i < reportsByFormat.length; i++) {
            reportsByFormat[i] += o.reportsByFormat[i];
        }
        reports += o.reports;
        files += o.files;
        bytes += o.bytes;
        words += o.words;
        mentions += o.mentions;
    }
}
