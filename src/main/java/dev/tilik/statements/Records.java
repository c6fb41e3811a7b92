package dev.tilik.statements;

import java.util.List;

/**
 * A speaker phrase naming a record — a document, figures, a body's words written down — speaks for the body it names
 * after the record's noun, as a person's office would: "data sementara BPBD Lereng" for BPBD Lereng, "Laporan Dinas
 * Kesehatan Wetan" for the Dinas, "hasil uji laboratorium Dinkes Wetan" for Dinkes Wetan (rules {@code records}). The
 * phrase stays the speaker, as written; only whom it speaks for is read from the body's words.
 */
final class Records {
    private Records() {
    }

    /**
     * Where the body named by a record's phrase starts in {@code t}: the first capitalised word after the record's
     * noun, the words in lower case before it (what kind of record, "sementara", "uji laboratorium", "dari") passed;
     * -1 when {@code record} is false or no capitalised word follows before a mark (a comma, a parenthesis).
     */
    static int holder(List<Token> t, boolean record) {
        if (!record) {
            return -1;
        }
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (!x.isWord()) {
                return -1;
            }
            if (x.isCapitalized()) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code t} opens with one of the record nouns {@code records} (their first words, any case). */
    static boolean opens(List<Token> t, java.util.Collection<String> records) {
        if (t.isEmpty() || !t.get(0).isWord()) {
            return false;
        }
        String first = t.get(0).lower();
        return records.stream().anyMatch(r -> r.equalsIgnoreCase(first) || r.toLowerCase(java.util.Locale.ROOT).startsWith(first + " "));
    }
}
