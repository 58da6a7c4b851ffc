package org.kgi.indexer.extract;

import java.nio.file.Path;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReader;

/** Prints what {@link RuleExtractor} finds in the files given, for reading by eye (not a test). */
public final class ExtractDump {
    private ExtractDump() {
    }

    public static void main(String[] args) throws Exception {
        RuleExtractor x = new RuleExtractor();
        for (String a : args) {
            Path p = Path.of(a);
            CorpusFile f = new CorpusFile(p, p.getFileName().toString(), java.nio.file.Files.size(p), 0);
            for (Report r : new ReportReader().read(f).reports()) {
                Extraction e = x.extract(r);
                System.out.println("== " + r.id() + " date=" + r.date());
                for (Entity en : e.entities()) {
                    System.out.println("  " + en.id() + " [" + en.type() + "] " + en.name() + " aliases=" + en.aliases()
                            + " n=" + en.mentions().size() + " " + en.attributes());
                }
                for (Event ev : e.events()) {
                    System.out.println("  " + ev.id() + " " + ev.type() + " / " + ev.subType() + " date=" + ev.date()
                            + " place=" + ev.place() + " " + ev.modality() + " " + ev.participants()
                            + "\n      | " + ev.evidence().text().replace('\n', ' '));
                }
                for (Relation rel : e.relations()) {
                    if (!rel.type().equals("took_part_in") && !rel.type().equals("mentioned_together")) {
                        System.out.println("  " + rel.source() + " -" + rel.type() + "-> " + rel.target());
                    }
                }
            }
        }
    }
}
