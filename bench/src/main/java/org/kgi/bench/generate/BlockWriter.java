package org.kgi.bench.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes one directory of the corpus (reports {@code [b * perDirectory, ...)}) and returns its manifest
 * lines. One instance per thread: it keeps the thread's composer, buffers and counters.
 */
final class BlockWriter {
    private static final long FORMAT_SALT = 0x6A09E667F3BCC909L;

    private final GeneratorConfig config;
    private final World world;
    private final ReportComposer composer;
    final CorpusStats stats;
    private final StringBuilder file = new StringBuilder(1 << 16);
    private final StringBuilder jsonl = new StringBuilder(1 << 20);

    BlockWriter(GeneratorConfig config, World world) {
        this.config = config;
        this.world = world;
        this.composer = new ReportComposer(world, config.seed());
        this.stats = new CorpusStats(world.entities().size());
    }

    static String directoryName(long block) {
        return String.format("b%05d", block);
    }

    /** Writes block {@code b}; returns its manifest lines (one JSON object per report). */
    String write(long b) throws IOException {
        String dirName = directoryName(b);
        Path dir = config.corpus().resolve(dirName);
        Files.createDirectories(dir);
        long from = b * config.perDirectory();
        long to = Math.min(config.reports(), from + config.perDirectory());
        StringBuilder manifest = new StringBuilder((int) (to - from) * 400);
        jsonl.setLength(0);
        String jsonlName = dirName + ".jsonl";
        for (long i = from; i < to; i++) {
            ComposedReport r = composer.compose(i);
            Format format = config.formats().pick(new SplittableRandom(ReportComposer.mix(config.seed() ^ FORMAT_SALT, i)).nextDouble());
            String name = String.format("r%07d", i);
            String id = dirName + "." + name;
            String relative;
            if (format == Format.JSONL) {
                relative = dirName + "/" + jsonlName;
                json(jsonl, id, r, composer.text());
                jsonl.append('\n');
            } else {
                relative = dirName + "/" + name + "." + format.extension();
                file.setLength(0);
                switch (format) {
                    case TXT -> file.append(r.title()).append("\n\n").append(composer.text());
                    case MD -> file.append("---\ntitle: ").append(r.title()).append("\ndate: ").append(r.date())
                            .append("\nsource: ").append(r.source()).append("\n---\n\n").append(composer.text());
                    default -> json(file, id, r, composer.text()).append('\n');
                }
                byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(name + "." + format.extension()), bytes);
                stats.files++;
                stats.bytes += bytes.length;
            }
            count(r, format);
            manifestLine(manifest, id, relative, format, r);
        }
        if (!jsonl.isEmpty()) {
            byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(jsonlName), bytes);
            stats.files++;
            stats.bytes += bytes.length;
        }
        return manifest.toString();
    }

    private void count(ComposedReport r, Format format) {
        stats.reports++;
        stats.reportsByFormat[format.ordinal()]++;
        stats.words += r.words();
        Mentions m = composer.mentions();
        stats.mentions += m.size();
        for (int k = 0; k < m.size(); k++) {
            stats.reportsPerEntity[m.get(k)]++;
        }
        for (EventFact e : r.events()) {
            stats.eventsBySub[subIndex(e)]++;
        }
    }

    private static int subIndex(EventFact e) {
        for (SubEvent s : SubEvent.values()) {
            if (s.subType.equals(e.subType())) {
                return s.ordinal();
            }
        }
        throw new IllegalStateException("unknown sub-event " + e.subType());
    }

    private void manifestLine(StringBuilder out, String id, String file, Format format, ComposedReport r) {
        out.append("{\"id\":\"").append(id).append("\",\"file\":\"").append(file).append("\",\"format\":\"")
                .append(format.extension()).append("\",\"date\":\"").append(r.date()).append("\",\"words\":")
                .append(r.words()).append(",\"entities\":[");
        Mentions m = composer.mentions();
        for (int k = 0; k < m.size(); k++) {
            out.append(k == 0 ? "\"" : ",\"").append(world.entity(m.get(k)).id()).append('"');
        }
        out.append("],\"events\":[");
        boolean first = true;
        for (EventFact e : r.events()) {
            out.append(first ? "[" : ",[");
            first = false;
            escaped(out, e.type()).append(',');
            escaped(out, e.subType()).append(",\"").append(e.date()).append("\",\"")
                    .append(world.entity(e.place()).id()).append("\"]");
        }
        out.append("]}\n");
    }

    static StringBuilder json(StringBuilder out, String id, ComposedReport r, CharSequence text) {
        out.append("{\"id\":\"").append(id).append("\",\"title\":");
        escaped(out, r.title()).append(",\"date\":\"").append(r.date()).append("\",\"source\":");
        escaped(out, r.source()).append(",\"text\":");
        return escaped(out, text).append('}');
    }

    /** Appends {@code s} as a JSON string literal. */
    static StringBuilder escaped(StringBuilder out, CharSequence s) {
        out.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
