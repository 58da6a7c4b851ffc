package org.kgi.indexer.corpus;

/** Turns any string into a valid report id (letters, digits, {@code - _ . ~}). */
public final class ReportIds {
    private ReportIds() {
    }

    public static String sanitize(String raw) {
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), Report.MAX_ID_LENGTH));
        for (int i = 0; i < raw.length() && sb.length() < Report.MAX_ID_LENGTH; i++) {
            char c = raw.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~';
            sb.append(ok ? c : '-');
        }
        String s = sb.toString();
        return s.isEmpty() ? "report" : s;
    }
}
