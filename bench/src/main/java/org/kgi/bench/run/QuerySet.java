package org.kgi.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.kgi.bench.generate.Predicted;

/**
 * Typical analyst queries drawn from the corpus's world: single terms, names (popular and rare), exact
 * phrases, two-term AND and a title: field query; and, for the bare-Lucene baseline, one analysed body
 * term per query. Fixed by the seed, so every run sends the same queries.
 */
final class QuerySet {
    private static final String[] TERMS = {"police", "gang", "kidnapped", "grenade", "ceasefire", "drone", "looted",
        "protest", "market", "junction", "riot", "arrested", "bomb", "hospital", "officers", "wounded", "curfew",
        "fuel", "displaced", "base", "abducted", "torched", "lynched", "march"};
    private static final String[] PHRASES = {"\"roadside bomb\"", "\"ceasefire agreement\"", "\"tear gas\"",
        "\"drone strike\"", "\"forward base\"", "\"suspected members\""};

    final List<String> queries;
    /** For each query, one analysed term of the body field. */
    final List<String> terms;

    private QuerySet(List<String> queries, List<String> terms) {
        this.queries = List.copyOf(queries);
        this.terms = List.copyOf(terms);
    }

    static QuerySet build(Path world, Predicted predicted, long seed, Analyzer bodyAnalyzer) throws IOException {
        Random rng = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        Map<String, String> kindOf = new HashMap<>();
        List<String[]> sample = new ArrayList<>(); // reservoir of 40 world entities: {id, name, type}
        long n = 0;
        try (BufferedReader in = Files.newBufferedReader(world, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode e = json.readTree(line);
                String[] entry = {e.get("id").asText(), e.get("name").asText(), e.get("type").asText()};
                kindOf.put(entry[0], entry[2]);
                if (sample.size() < 40) {
                    sample.add(entry);
                } else if (rng.nextLong(++n + 40) < 40) {
                    sample.set(rng.nextInt(40), entry);
                }
            }
        }
        List<String> q = new ArrayList<>();
        Collections.addAll(q, TERMS);
        Collections.addAll(q, PHRASES);
        List<String[]> named = new ArrayList<>();
        predicted.degree().top().forEach(t -> named.add(new String[] {t.id(), t.name(), kindOf.getOrDefault(t.id(), "")}));
        named.addAll(sample);
        for (String[] e : named) {
            String name = e[1].replace("\"", "");
            q.add(QueryParserBase.escape(name));
            if (e[2].equals("armed_group") || e[2].equals("populated_place")) {
                q.add("\"" + name + "\"");
            }
            String first = QueryParserBase.escape(name.split("[ -]")[0]);
            q.add(TERMS[rng.nextInt(TERMS.length)] + " AND " + first);
            if (e[2].equals("populated_place")) {
                q.add("title:" + first);
            }
        }
        Collections.shuffle(q, rng);
        List<String> terms = new ArrayList<>();
        for (String query : q) {
            terms.add(firstTerm(bodyAnalyzer, query));
        }
        return new QuerySet(q, terms);
    }

    private static String firstTerm(Analyzer analyzer, String query) throws IOException {
        String words = query.replace("title:", "").replace(" AND ", " ").replaceAll("[\"\\\\]", " ");
        try (TokenStream ts = analyzer.tokenStream("body", words)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? term.toString() : "polic";
            ts.end();
            return first;
        }
    }
}
