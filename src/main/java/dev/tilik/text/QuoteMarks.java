package dev.tilik.text;

/**
 * A sentence quoted on its own with its quotation marks paired: a sentence cut from a quotation of several opens a
 * mark another sentence closes ({@code “Kami sudah tiba.}), or closes one another sentence opened ({@code Semua
 * selamat,” kata Rina.}). Quoted alone, as the ClaimReview export quotes it, the mark left open runs on over the
 * rest of the text; {@link #paired} closes it with an ellipsis and the closing mark, or opens the one closed with the
 * opening mark and an ellipsis, so a reader sees the quotation goes on beyond the sentence. A straight mark
 * ({@code "}) closes a straight quotation open before it, else opens one when a word follows it after a space or
 * the start, else closes whatever is open; copy that opens with one kind and closes with the other
 * ({@code "Kami tiba,” kata Rina.}) is paired.
 */
public final class QuoteMarks {
    private static final char OPEN = '\u201C';
    private static final char CLOSE = '\u201D';
    private static final char STRAIGHT = '"';
    private static final String ELLIPSIS = "\u2026";

    private QuoteMarks() {
    }

    /** {@code sentence} with every quotation mark it leaves unpaired paired; a paired sentence comes back as it is. */
    public static String paired(String sentence) {
        String s = sentence.strip();
        StringBuilder opened = new StringBuilder(); // the marks still open, innermost last
        StringBuilder unopened = new StringBuilder(); // the marks closing what the sentence never opened
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean straightOpen = opened.length() > 0 && opened.charAt(opened.length() - 1) == STRAIGHT;
            boolean opens = c == OPEN || (c == STRAIGHT && !straightOpen && opensAt(s, i));
            boolean closes = c == CLOSE || (c == STRAIGHT && !opens);
            if (opens) {
                opened.append(c);
            } else if (closes && opened.length() > 0) {
                opened.setLength(opened.length() - 1);
            } else if (closes) {
                unopened.append(c);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = unopened.length() - 1; i >= 0; i--) {
            out.append(unopened.charAt(i) == CLOSE ? OPEN : STRAIGHT).append(ELLIPSIS);
        }
        out.append(s);
        for (int i = opened.length() - 1; i >= 0; i--) {
            out.append(ELLIPSIS).append(opened.charAt(i) == OPEN ? CLOSE : STRAIGHT);
        }
        return out.toString();
    }

    /** A straight mark with nothing but a space or the start before it and a word after it opens a quotation. */
    private static boolean opensAt(String s, int i) {
        boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([".indexOf(s.charAt(i - 1)) >= 0;
        boolean after = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
        return before && after;
    }
}
