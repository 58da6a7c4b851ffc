package org.kgi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgi.indexer.json.Json;

/** The command line, called as a user calls it: arguments in, exit code and printed text out. */
class CliTest {
    @TempDir
    Path tmp;

    /** Exit code, stdout and stderr of one command line. */
    record Run(int code, String out, String err) {
    }

    static synchronized Run kgi(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void theReindexCommandOfferedWhenAServerHoldsTheIndexWorksAsPrintedWithTheToken() throws Exception {
        Path corpus = smallCorpus();
        Path index = tmp.resolve("held");
        assertEquals(0, kgi("index", "--corpus", corpus.toString(), "--index", index.toString()).code());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--index", index.toString(), "--corpus", corpus.toString(),
                "--port", "0", "--no-index", "--token", "s3cret").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("server.log").toFile()).start();
        try {
            // the server says where it listens once it holds the index (an index run before would make it fail)
            Path listening = index.resolveSibling("held.server.json");
            for (int i = 0; i < 1200 && !Files.exists(listening) && server.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(listening), Files.readString(tmp.resolve("server.log")));
            Run held = kgi("index", "--corpus", corpus.toString(), "--index", index.toString());
            assertEquals(1, held.code(), held.err());
            String curl = held.err().substring(held.err().indexOf("curl")).strip();
            ProcessBuilder shell = new ProcessBuilder("sh", "-c", curl + " -s -o /dev/null -w '%{http_code}'");
            shell.environment().put("KGI_TOKEN", "s3cret");
            Process p = shell.redirectErrorStream(true).start();
            String status = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), status);
            assertEquals("202", status, curl);
            // writes need the token; the scheme's name is read in any case (RFC 9110), the token exactly
            String url = Json.mapper().readTree(Files.readString(listening)).get("url").asText();
            HttpClient http = HttpClient.newHttpClient();
            String[] headers = {null, "Bearer wrong", "Basic s3cret", "bearer s3cret", "BEARER s3cret"};
            for (String header : headers) {
                HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url + "api/documents"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                                .ofString("{\"id\":\"tok-1\",\"text\":\"Police met residents.\"}"));
                if (header != null) {
                    post.header("Authorization", header);
                }
                HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
                boolean right = header != null && header.toLowerCase().equals("bearer s3cret");
                assertEquals(right ? 201 : 401, answer.statusCode(), header + ": " + answer.body());
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void aFrontMatterDateThatIsNoDayAndARuleOnTheFirstLineAreWarnedOfNotLostSilently() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("fm"));
        Files.writeString(corpus.resolve("month.md"),
                "---\ntitle: Curfew\ndate: March 2024\n---\nA curfew in Dremmet.");
        Files.writeString(corpus.resolve("rule.md"), "---\nPolice patrolled Zelbridge.\n");
        Run run = kgi("index", "--corpus", corpus.toString(), "--index", tmp.resolve("fm-idx").toString(), "--json");
        assertEquals(0, run.code(), run.out() + run.err());
        JsonNode s = Json.mapper().readTree(run.out());
        assertEquals(2, s.get("added").asInt(), run.out());
        assertEquals("[{\"file\":\"month.md\",\"reason\":\"date 'March 2024' is not a day; indexed without a date\"},"
                + "{\"file\":\"rule.md\",\"reason\":\"its first line '---' opens no front matter (none closes it): read"
                + " as text\"}]", s.get("warnings").toString());
        Run found = kgi("search", "Zelbridge", "--index", tmp.resolve("fm-idx").toString(), "--json");
        assertEquals(1, Json.mapper().readTree(found.out()).get("total").asInt(), found.out());
    }

    @Test
    void aRunRefusedWithJsonPrintsOneJsonObjectThatSaysWhy() throws Exception {
        String index = tmp.resolve("refusing").toString();
        Run missing = kgi("index", "--corpus", tmp.resolve("nowhere").toString(), "--index", index, "--json");
        assertEquals(1, missing.code());
        assertTrue(Json.mapper().readTree(missing.out()).get("error").asText().contains("does not exist"),
                missing.out());
        Path corpus = smallCorpus();
        assertEquals(0, kgi("index", "--corpus", corpus.toString(), "--index", index).code());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run refused = kgi("index", "--corpus", empty.toString(), "--index", index, "--json");
        assertEquals(1, refused.code());
        String error = Json.mapper().readTree(refused.out()).get("error").asText();
        assertTrue(error.contains("nothing was deleted"), refused.out());
        assertTrue(refused.err().contains(error), refused.err());
    }

    @Test
    void ofJsonReportsThatShareAnIdTheFirstFileByPathKeepsItWhateverTheThreads() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("shared-id"));
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett"};
        for (int i = 0; i < words.length; i++) {
            // the first is longer, read later than the others: before, the first read kept the id
            Files.writeString(corpus.resolve(String.format("f%02d.json", i)), "{\"id\":\"R-1\",\"text\":\"Police met "
                    + "the " + words[i] + "word committee in Dremmet."
                    + " Residents gathered.".repeat(i == 0 ? 15_000 : 1)
                    + "\"}");
        }
        Files.writeString(corpus.resolve("g.jsonl"), "{\"id\":\"R-1\",\"text\":\"The kilo committee met.\"}\n"
                + "{\"id\":\"R-2\",\"text\":\"The lima committee met.\"}\n");
        for (String threads : List.of("1", "2", "4", "8")) {
            String index = tmp.resolve("shared-" + threads).toString();
            Run run = kgi("index", "--corpus", corpus.toString(), "--index", index, "--threads", threads, "--json");
            assertEquals(1, run.code(), run.err());
            JsonNode s = Json.mapper().readTree(run.out());
            assertEquals(2, s.get("reports").asInt(), threads + ": " + run.out());
            assertEquals(9, s.get("failed").size(), threads + ": " + run.out());
            s.get("failed").forEach(f -> assertEquals("report id 'R-1' is already used by 'f00.json'",
                    f.get("reason").asText(), run.out()));
            assertEquals("[{\"file\":\"g.jsonl\",\"reason\":\"report id 'R-1' is already used by 'f00.json', "
                    + "skipped\"}]", s.get("warnings").toString(), threads);
            for (int i = 0; i < words.length; i++) {
                Run found = kgi("search", words[i] + "word", "--index", index, "--json");
                assertEquals(i == 0 ? 1 : 0, Json.mapper().readTree(found.out()).get("total").asInt(), words[i]);
            }
            assertEquals(1, Json.mapper().readTree(kgi("search", "lima", "--index", index, "--json").out())
                    .get("total").asInt());
        }
    }

    private Path smallCorpus() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("one.txt"), "Barricades on the coastal road\n\nDELMONT, 3 May 2024 — Residents built barricades.");
        Files.writeString(corpus.resolve("two.md"), "---\ntitle: Market reopens\ndate: 2024-05-04\nsource: Radio Vigilance\n---\nThe market reopened after the barricades came down.");
        return corpus;
    }

    @Test
    void indexPrintsAJsonSummaryAndIsIncremental() throws Exception {
        Path corpus = smallCorpus();
        String index = tmp.resolve("idx").toString();
        Run first = kgi("index", "--corpus", corpus.toString(), "--index", index, "--json");
        assertEquals(0, first.code(), first.err());
        JsonNode s = Json.mapper().readTree(first.out());
        assertEquals(2, s.get("added").asInt());
        assertEquals(0, s.get("failed").size());

        Run second = kgi("index", "--corpus", corpus.toString(), "--index", index);
        assertEquals(0, second.code());
        assertTrue(second.err().contains("up to date"), second.err());
        Run positional = kgi("index", corpus.toString(), "--index", index);
        assertEquals(0, positional.code(), positional.err());
        assertTrue(positional.err().contains("up to date with " + corpus), positional.err());
        Run full = kgi("index", corpus.toString(), "--index", index, "--full", "--json");
        JsonNode f0 = Json.mapper().readTree(full.out());
        assertEquals(List.of(0, 2, 2), List.of(f0.get("added").asInt(), f0.get("updated").asInt(),
                f0.get("reports").asInt()), "a full run writes the files the index held again: updated, not added");
        Run twice = kgi("index", tmp.toString(), "--corpus", corpus.toString(), "--index", index);
        assertEquals(2, twice.code(), "two corpora are a usage error");
        assertTrue(twice.err().contains("give the corpus once"), twice.err());

        Files.write(corpus.resolve("broken.json"), "{\"text\":".getBytes(StandardCharsets.UTF_8));
        Run third = kgi("index", "--corpus", corpus.toString(), "--index", index, "--json");
        assertEquals(1, third.code(), "a failed file makes the exit code 1");
        JsonNode t = Json.mapper().readTree(third.out());
        assertEquals("broken.json", t.get("failed").get(0).get("file").asText());
        assertTrue(t.get("failed").get(0).get("reason").asText().startsWith("malformed JSON"));
        assertEquals(2, t.get("unchanged").asInt());

        Files.delete(corpus.resolve("broken.json"));
        Files.writeString(corpus.resolve("lines.jsonl"), "{\"id\":\"l1\",\"text\":\"Barricades.\"}\n"
                + "{\"id\":\"l2\",\"text\":\"Market.\"}\n");
        assertEquals(0, kgi("index", "--corpus", corpus.toString(), "--index", index).code());
        Files.writeString(corpus.resolve("lines.jsonl"), "{\"id\":\"l1\",\"text\":\"Barricades.\"}\n");
        Run fourth = kgi("index", "--corpus", corpus.toString(), "--index", index);
        assertEquals(0, fourth.code(), fourth.err());
        assertTrue(fourth.err().contains(": 0 added, 1 updated, 2 unchanged, 0 deleted, 0 failed (1 report written,"
                + " 1 removed)"), fourth.err());
        Files.delete(corpus.resolve("lines.jsonl"));
        Run fifth = kgi("index", "--corpus", corpus.toString(), "--index", index, "--json");
        JsonNode f = Json.mapper().readTree(fifth.out());
        assertEquals(1, f.get("deleted").asInt());
        assertEquals(1, f.get("removed").asInt(), fifth.out());
    }

    @Test
    void aDamagedPdfReadLenientlyAddsNoLibraryWarningsToTheRunsOutput() throws Exception {
        Path corpus = tmp.resolve("pdfs");
        Files.createDirectories(corpus);
        // a one-page PDF whose content stream's /Length is wrong: PDFBox reads it, and said so in WARN lines
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1"
                + " 5 0 R>>>>>>endobj\n4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 720 Td (Gang members clashed in"
                + " Jacmel.) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        Files.writeString(corpus.resolve("report.pdf"), pdf, StandardCharsets.ISO_8859_1);
        Run run = kgi("index", "--corpus", corpus.toString(), "--index", tmp.resolve("pdf-index").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("1 added"), run.err());
        assertFalse(run.err().contains("] WARN "), run.err()); // ([thread] WARN Logger - ...)
        Run found = kgi("search", "Jacmel", "--index", tmp.resolve("pdf-index").toString());
        assertTrue(found.out().startsWith("1 report matches"), found.out());
    }

    @Test
    void aJsonReportsFieldOfAnotherTypeIsAWarningThatNamesIt() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("typed"));
        Files.writeString(corpus.resolve("typed.json"), "{\"id\": 7, \"title\": [\"Clash\"], \"text\": \"Police "
                + "clashed with gang members in Delmont.\"}");
        Run run = kgi("index", corpus.toString(), "--index", tmp.resolve("typed-index").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("warning  typed.json: report 7: \"title\" is an array, not a string; passed"
                + " over"), run.err());
    }

    @Test
    void searchPrintsHitsAndTheSameJsonAsTheApi() throws Exception {
        Path corpus = smallCorpus();
        String index = tmp.resolve("idx").toString();
        assertEquals(0, kgi("index", "--corpus", corpus.toString(), "--index", index).code());

        Run text = kgi("search", "barricades", "--index", index);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("2 reports match barricades"), text.out());
        Run one = kgi("search", "market", "--index", index);
        assertTrue(one.out().startsWith("1 report matches market"), one.out());
        assertTrue(text.out().contains("[barricades]"), text.out());

        Run json = kgi("search", "title:market", "--index", index, "--json");
        JsonNode r = Json.mapper().readTree(json.out());
        assertEquals(1, r.get("total").asInt());
        assertEquals("two", r.get("hits").get(0).get("id").asText());
        assertEquals("2024-05-04", r.get("hits").get(0).get("date").asText());
        assertEquals("Radio Vigilance", r.get("hits").get(0).get("source").asText());
    }

    @Test
    void errorsAreOneLineWithTheRightExitCode() throws IOException {
        Run noIndex = kgi("search", "x", "--index", tmp.resolve("missing").toString());
        assertEquals(1, noIndex.code());
        assertTrue(noIndex.err().startsWith("kgi: no index at"), noIndex.err());
        assertEquals(1, noIndex.err().strip().lines().count());

        Run badQuery = kgi("search", "(unclosed", "--index", tmp.toString());
        assertEquals(1, badQuery.code());

        Run usage = kgi("index", "--no-such-option");
        assertEquals(2, usage.code());
        Run noCorpus = kgi("index", "--corpus", tmp.resolve("nope").toString(), "--index", tmp.resolve("i").toString());
        assertEquals(1, noCorpus.code());
        assertTrue(noCorpus.err().contains("does not exist"), noCorpus.err());
        assertFalse(Files.exists(tmp.resolve("i")), "no index is made for a corpus that is not there");
        // a path that cannot be used says why, not only its name
        Path aFile = Files.writeString(tmp.resolve("a-file"), "not a directory");
        Run indexIsAFile = kgi("index", "--corpus", smallCorpus().toString(), "--index", aFile.toString());
        assertEquals(1, indexIsAFile.code());
        assertEquals("kgi: " + aFile + ": exists and is not a directory", indexIsAFile.err().strip());
    }

    @Test
    void extractFromStandardInputIsDatedByItsDateline() throws Exception {
        Run r = kgiReading("LOME, 16 May 2023 (Reuters) - Gunmen killed six civilians near Zemio on Sunday.\n",
                "extract", "-", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out().strip());
        assertEquals("2023-05-16", doc.get("date").asText(), doc.toString());
        assertEquals("2023-05-14", doc.get("events").get(0).get("date").get("value").asText(), doc.toString());
    }

    @Test
    void extractRefusesBinaryOnStandardInputAsItDoesInAFile() throws Exception {
        Run r = kgiReading("\u0000\u0001ELF\u0000binary", "extract", "-");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("binary content"), r.err());
        Run dir = kgi("extract", tmp.toString());
        assertEquals(1, dir.code());
        assertTrue(dir.err().contains("a directory, not a report file"), dir.err());
    }

    /** {@link #kgi} with {@code input} on standard input. */
    private static Run kgiReading(String input, String... args) {
        java.io.InputStream in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return kgi(args);
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void extractPrintsOneJsonObjectPerReportWithoutAnIndex() throws Exception {
        Path corpus = smallCorpus();
        Files.writeString(corpus.resolve("three.jsonl"), "{\"id\":\"x1\",\"text\":\"Police arrested two men in Delmont.\"}\n"
                + "{\"id\":\"x2\",\"text\":\"Residents of Mirebois marched on Saturday.\"}\n");
        Run r = kgi("extract", corpus.resolve("one.txt").toString(), corpus.resolve("three.jsonl").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(3, lines.size(), r.out());
        JsonNode first = Json.mapper().readTree(lines.get(0));
        assertEquals("one", first.get("id").asText());
        assertEquals("2024-05-03", first.get("date").asText());
        assertTrue(first.get("entities").toString().contains("place:delmont"), first.toString());
        JsonNode mention = first.get("entities").get(0).get("mentions").get(0);
        String text = Files.readString(corpus.resolve("one.txt"));
        assertEquals(mention.get("text").asText(), text.substring(mention.get("start").asInt(), mention.get("end").asInt()));
        assertEquals("x2", Json.mapper().readTree(lines.get(2)).get("id").asText());

        Run missing = kgi("extract", tmp.resolve("nope.txt").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.txt: no such file"), missing.err());
    }

    /**
     * The same reports give the same bytes from one run to the next: every entity's attributes come in key order
     * (an unordered map iterated in an order salted per JVM made two runs differ about every other time).
     */
    @Test
    void extractJsonListsAttributesInKeyOrder() throws Exception {
        List<String> files = new ArrayList<>(List.of("extract", "--json"));
        try (var s = Files.list(TestPaths.corpus())) {
            s.sorted().forEach(p -> files.add(p.toString()));
        }
        Run r = kgi(files.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        int checked = 0;
        for (String line : r.out().strip().lines().toList()) {
            for (JsonNode entity : Json.mapper().readTree(line).get("entities")) {
                List<String> keys = new ArrayList<>();
                entity.get("attributes").fieldNames().forEachRemaining(keys::add);
                assertEquals(keys.stream().sorted().toList(), keys, entity.get("id").asText());
                checked += keys.size() > 1 ? 1 : 0;
            }
        }
        assertTrue(checked >= 10, "only " + checked + " entities with two attributes or more");
    }

    @Test
    void extractsReadableListingMarksWhatDidNotHappen() {
        Run r = kgiReading("Rumours that gunmen had abducted the mayor of Kumba spread on Friday, but police said they "
                + "were false.\n", "extract", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Abduction/forced disappearance") && r.out().contains("[denied]"), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"index", "serve", "search", "extract", "graph"}) {
            Run help = kgi(cmd, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("Usage: kgi " + cmd), help.out());
        }
    }
}
