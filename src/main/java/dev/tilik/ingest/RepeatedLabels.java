package dev.tilik.ingest;

import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header line written again at the start of a body line, its key and value with or without the
 * colon: scraped copy glues its date to the headline ("date 2024-10-29 Harga Beras Naik …"). The
 * key and value are a label of the header block, never text: no sentence, speaker or headline holds
 * them. Only a value the header block itself gives counts, so a body line opening with the word
 * "Date" and other words is text.
 */
final class RepeatedLabels {
    private RepeatedLabels() {
    }

    /** The repeated labels in {@code body}, each the key, the value and the white space after them. */
    static List<CharSpan> find(String text, HeaderBlock header, CharSpan body) {
        if (!header.isPresent()) {
            return List.of();
        }
        List<String[]> entries = new ArrayList<>();
        for (CharSpan raw : Lines.of(text, header.region())) {
            String line = raw.coveredText(text).strip();
            int colon = line.indexOf(':');
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (colon > 0 && !value.isEmpty()) {
                entries.add(new String[] {line.substring(0, colon).strip().toLowerCase(Locale.ROOT), value});
            }
        }
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan raw : Lines.of(text, body)) {
            CharSpan line = raw.trim(text);
            for (String[] e : entries) {
                int end = labelEnd(text, line, e[0], e[1]);
                if (end > 0) {
                    out.add(new CharSpan(line.start(), end));
                    break;
                }
            }
        }
        return out;
    }

    /** Where the text after {@code key value} starts when {@code line} opens with them and goes on; -1 otherwise. */
    private static int labelEnd(String text, CharSpan line, String key, String value) {
        int at = line.start();
        if (!text.regionMatches(true, at, key, 0, key.length())) {
            return -1;
        }
        at += key.length();
        at += at < line.end() && text.charAt(at) == ':' ? 1 : 0;
        int gap = at;
        while (at < line.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at == gap || !text.startsWith(value, at)) {
            return -1;
        }
        at += value.length();
        int after = at;
        while (at < line.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return after < at && at < line.end() ? at : -1;
    }
}
