import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.extract.RuleExtractor;

/**
 * Extraction alone, one thread, on the first N {@code .txt} files under a folder, in rounds (the first ones warm the
 * JIT up), against any kgi jar, so that two jars can be compared on the same texts:
 * {@code java -cp server/target/kgi.jar bench/eval/ExtractSpeed.java /work/bench-100k/gen/corpus 5000 5}.
 */
public class ExtractSpeed {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .limit(Integer.parseInt(args[1])).toList();
            for (Path p : txt) {
                String t = Files.readString(p);
                texts.add(t);
                chars += t.length();
            }
        }
        RuleExtractor extractor = new RuleExtractor();
        for (int round = 0; round < Integer.parseInt(args[2]); round++) {
            long t0 = System.nanoTime();
            long entities = 0;
            for (int i = 0; i < texts.size(); i++) {
                entities += extractor.extract(new Report("r" + i, "t", null, "", texts.get(i), "", "txt"))
                        .entities().size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.2f MB/s (%d texts, %.1f MB of text, %d entities)%n", round,
                    chars / 1e6 / s, texts.size(), chars / 1e6, entities);
        }
    }
}
