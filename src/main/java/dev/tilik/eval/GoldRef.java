package dev.tilik.eval;

import java.util.Objects;

/**
 * One member of a {@code between} group in a gold finding: a gold statement id ("A5"), a date
 * mention as {@code "file:text"}, {@code "*"} (anything) or {@code "boilerplate"} (anything
 * inside an article's boilerplate).
 */
public sealed interface GoldRef {
    String ANY = "*";
    String BOILERPLATE = "boilerplate";

    /** A gold statement, by id. */
    record StatementRef(String id) implements GoldRef {
        public StatementRef {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Text written in one article, such as a date mention: {@code "003_x.txt:Jumat (24/10)"}. */
    record TextRef(String file, String text) implements GoldRef {
        public TextRef {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Any evidence at all. */
    record Any() implements GoldRef {
    }

    /** Any evidence lying in an article's boilerplate. */
    record Boilerplate() implements GoldRef {
    }

    static GoldRef parse(String s) {
        Objects.requireNonNull(s, "expected a statement id, \"file:text\", \"*\" or \"boilerplate\"");
        if (s.equals(ANY)) {
            return new Any();
        }
        if (s.equals(BOILERPLATE)) {
            return new Boilerplate();
        }
        int colon = s.indexOf(':');
        if (colon > 0 && colon < s.length() - 1) {
            return new TextRef(s.substring(0, colon), s.substring(colon + 1));
        }
        return new StatementRef(s);
    }
}
