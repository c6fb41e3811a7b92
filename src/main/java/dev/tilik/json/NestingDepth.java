package dev.tilik.json;

/**
 * Where a JSON text first nests past {@link #MAX} lists and objects: Jackson's nesting cap
 * ({@code StreamReadConstraints}) refuses it with no location and in its own words, so the
 * refusal is located here, by counting brackets outside strings.
 */
final class NestingDepth {
    /** The cap {@link StrictJson} and {@link StrictStream} give Jackson. */
    static final int MAX = 1000;

    private NestingDepth() {
    }

    /** The 1-based line and column of the bracket that opens level {@code MAX + 1}, or null if none does. */
    static int[] firstPastMax(String text) {
        int depth = 0;
        int line = 1;
        int col = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            col++;
            if (c == '\n') {
                line++;
                col = 0;
            } else if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX) {
                    return new int[] {line, col};
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return null;
    }
}
