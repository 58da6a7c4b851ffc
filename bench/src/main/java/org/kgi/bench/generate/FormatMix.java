package org.kgi.bench.generate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which share of reports goes to which format, e.g. {@code txt:40,md:25,json:20,jsonl:15} (weights need not
 * sum to 100); a format without weight ({@code txt,md}) weighs 1.
 */
public record FormatMix(Map<Format, Integer> weights) {
    public static final FormatMix DEFAULT = parse("txt:40,md:25,json:20,jsonl:15");

    public FormatMix {
        weights = Map.copyOf(weights);
        if (weights.isEmpty() || weights.values().stream().anyMatch(w -> w < 0)
                || weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("a format mix needs at least one format with a positive weight: " + weights);
        }
    }

    public static FormatMix parse(String spec) {
        Map<Format, Integer> w = new EnumMap<>(Format.class);
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split(":");
            try {
                w.merge(Format.parse(kv[0]), kv.length > 1 ? Integer.parseInt(kv[1].strip()) : 1, Integer::sum);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad format mix '" + spec + "': expected e.g. txt:40,md:25,json:20,jsonl:15"
                        + " (formats: " + Arrays.toString(Format.values()).toLowerCase(java.util.Locale.ROOT) + ")", e);
            }
        }
        return new FormatMix(w);
    }

    /** The format of a report given a uniform draw {@code u} in [0, 1). */
    Format pick(double u) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        double x = u * total;
        for (Format f : Format.values()) {
            Integer wt = weights.get(f);
            if (wt != null && wt > 0) {
                x -= wt;
                if (x < 0) {
                    return f;
                }
            }
        }
        return weights.keySet().stream().max(Enum::compareTo).orElseThrow();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Format f : Format.values()) {
            if (weights.containsKey(f)) {
                sb.append(sb.isEmpty() ? "" : ",").append(f.extension()).append(':').append(weights.get(f));
            }
        }
        return sb.toString();
    }
}
