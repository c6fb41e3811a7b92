package dev.tilik.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What any match of a rule pattern must hold, read from its source: at least one of a few literal
 * strings (compared with ASCII case folded, as the pattern ignores case), and at most so many chars.
 * A cheap test before running the RE2/J machine: a text holding none of the strings, or a whole line
 * longer than any match, cannot match, and most lines of copy are such. The reading is
 * conservative: anything it does not know (an escape it cannot place, {@code \Q…\E}) gives no
 * literal and no bound, and every literal kept is ASCII, since a non-ASCII char case-folds in ways
 * a plain lower case does not follow (the only ASCII letters with a non-ASCII case variant, "k" with
 * the Kelvin sign and "s" with the long s, are folded by {@link #fold}).
 *
 * <p>A class of a few caseless chars that are no letters ({@code [-–—]}: the dashes of a dateline) is read as
 * one of its chars, which case folding leaves as they are; and every other part a match must hold is kept
 * beside the best one ({@code allOf}), so a text holding ", " but no dash is known not to hold a dateline.
 *
 * @param anyOf folded literals, one of which every match holds; null when nothing is known
 * @param maxChars the longest match in chars (a code point that is not an ASCII literal counted as
 *                 two); {@link Integer#MAX_VALUE} when unbounded or unknown
 * @param allOf more sets of folded literals a match holds one of each, beside {@code anyOf}; empty when none
 */
public record PatternNeeds(Set<String> anyOf, int maxChars, List<Set<String>> allOf) {
    /** Nothing known: every text may match. */
    static final PatternNeeds NOTHING = new PatternNeeds(null, Integer.MAX_VALUE);

    public PatternNeeds {
        allOf = List.copyOf(allOf);
    }

    /** Needs with no part known beside {@code anyOf}. */
    public PatternNeeds(Set<String> anyOf, int maxChars) {
        this(anyOf, maxChars, List.of());
    }

    /** True unless no text like {@code folded} ({@link #fold}) can hold a match. */
    public boolean mayFind(String folded) {
        if (anyOf != null && !holdsOne(folded, anyOf)) {
            return false;
        }
        for (Set<String> part : allOf) {
            if (!holdsOne(folded, part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsOne(String folded, Set<String> literals) {
        for (String s : literals) {
            if (folded.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** True unless {@code folded} ({@link #fold}), taken whole, cannot be a match. */
    public boolean mayMatchWhole(String folded) {
        return folded.length() <= maxChars && mayFind(folded);
    }

    /** Text with ASCII letters in lower case, the long s as "s" and the Kelvin sign as "k"; same length. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c == '\u017F') {
            return 's';
        }
        if (c == '\u212A') {
            return 'k';
        }
        return c;
    }

    /** The needs of an RE2 pattern's source; {@link #NOTHING} for anything not read. */
    public static PatternNeeds of(String source) {
        try {
            Reader r = new Reader(source);
            Node n = r.alternation();
            if (r.at != source.length()) {
                return NOTHING;
            }
            Set<String> best = n.lits == null ? null : Set.copyOf(minimal(n.lits));
            List<Set<String>> others = new ArrayList<>();
            for (Set<String> part : n.required) {
                Set<String> p = Set.copyOf(minimal(part));
                if (!p.equals(best) && !others.contains(p)) {
                    others.add(p);
                }
            }
            return new PatternNeeds(best, (int) Math.min(Integer.MAX_VALUE, n.max), others);
        } catch (RuntimeException e) {
            return NOTHING;
        }
    }

    /**
     * The needs of each branch a whole text can match {@code source} by: its top-level alternatives (inside a group
     * around the whole pattern, "(Komentar|Daftar|Ikuti kami.*)"), each read alone; the pattern's own needs when it has
     * one. A text matches the pattern whole exactly when it matches one branch whole, so a text no branch's needs let
     * through cannot match, where the needs of the whole ({@link #of}: any branch's literal, the longest branch's bound)
     * let through a long line holding a short branch's word ("… menolak berkomentar …").
     */
    public static List<PatternNeeds> ofBranches(String source) {
        try {
            Reader r = new Reader(source);
            r.alternation();
            if (r.at != source.length()) {
                return List.of(NOTHING);
            }
            if (r.bars.isEmpty()) {
                return r.wholeGroupEnd == source.length() && r.wholeGroupBody > 0
                        ? ofBranches(source.substring(r.wholeGroupBody, source.length() - 1))
                        : List.of(of(source));
            }
            List<PatternNeeds> out = new ArrayList<>();
            int from = 0;
            for (int bar : r.bars) {
                out.add(of(source.substring(from, bar)));
                from = bar + 1;
            }
            out.add(of(source.substring(from)));
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return List.of(NOTHING);
        }
    }

    /** Drops every literal holding another (any of them is needed: the shorter one is enough). */
    private static Set<String> minimal(Set<String> lits) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : lits) {
            boolean holdsAnother = false;
            for (String t : lits) {
                if (!t.equals(s) && s.contains(t)) {
                    holdsAnother = true;
                    break;
                }
            }
            if (!holdsAnother) {
                out.add(s);
            }
        }
        return out;
    }

    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    /**
     * A piece of the pattern: literals one of which it holds (null: none known), its longest match, whether it is
     * one ASCII literal char, and every set of literals it holds one of (its {@code lits} among them, when it
     * has parts).
     */
    private record Node(Set<String> lits, long max, char literal, List<Set<String>> required) {
        Node(Set<String> lits, long max, char literal) {
            this(lits, max, literal, List.of());
        }

        static Node any(long max) {
            return new Node(null, max, '\0');
        }
    }

    private static final class Reader {
        private final String s;
        private int at;
        /** How many groups the reading is inside. */
        private int depth;
        /** Where the top-level alternation's bars stand. */
        private final List<Integer> bars = new ArrayList<>();
        /** Where the body of a group opening the pattern starts (after any "?:", flags or name), and where the group ends. */
        private int wholeGroupBody = -1;
        private int wholeGroupEnd = -1;

        Reader(String s) {
            this.s = s;
        }

        Node alternation() {
            List<Node> branches = new ArrayList<>();
            branches.add(concatenation());
            while (at < s.length() && s.charAt(at) == '|') {
                if (depth == 0) {
                    bars.add(at);
                }
                at++;
                branches.add(concatenation());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> lits = new LinkedHashSet<>();
            long max = 0;
            for (Node b : branches) {
                max = Math.max(max, b.max);
                if (lits != null && b.lits != null) {
                    lits.addAll(b.lits);
                } else {
                    lits = null;
                }
            }
            return new Node(lits, max, '\0');
        }

        Node concatenation() {
            List<Set<String>> candidates = new ArrayList<>();
            List<Set<String>> inner = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            long max = 0;
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                Node atom = atom();
                long[] q = quantifier();
                long min = q[0];
                long most = q[1];
                max = Math.min(UNBOUNDED, max + times(atom.max, most));
                if (atom.literal != '\0') {
                    for (long i = 0; i < min; i++) {
                        run.append(atom.literal);
                    }
                    if (most != min) {
                        close(run, candidates);
                    }
                    continue;
                }
                close(run, candidates);
                if (min >= 1 && atom.lits != null) {
                    candidates.add(atom.lits);
                }
                if (min >= 1) {
                    inner.addAll(atom.required);
                }
            }
            close(run, candidates);
            Set<String> best = null;
            for (Set<String> c : candidates) {
                if (best == null || shortest(c) > shortest(best) || shortest(c) == shortest(best) && c.size() < best.size()) {
                    best = c;
                }
            }
            List<Set<String>> required = new ArrayList<>(candidates);
            required.addAll(inner);
            return new Node(best, max, '\0', required);
        }

        private static long times(long a, long b) {
            if (a == 0 || b == 0) {
                return 0;
            }
            return a >= UNBOUNDED / b ? UNBOUNDED : a * b;
        }

        private static int shortest(Set<String> lits) {
            int n = Integer.MAX_VALUE;
            for (String l : lits) {
                n = Math.min(n, l.length());
            }
            return n;
        }

        private static void close(StringBuilder run, List<Set<String>> candidates) {
            if (run.length() > 0) {
                candidates.add(Set.of(run.toString()));
                run.setLength(0);
            }
        }

        /** {min, max} of the quantifier after an atom ({1, 1} when none). */
        long[] quantifier() {
            if (at >= s.length()) {
                return new long[] {1, 1};
            }
            char c = s.charAt(at);
            long[] q;
            if (c == '*') {
                at++;
                q = new long[] {0, UNBOUNDED};
            } else if (c == '+') {
                at++;
                q = new long[] {1, UNBOUNDED};
            } else if (c == '?') {
                at++;
                q = new long[] {0, 1};
            } else if (c == '{' && repeat() != null) {
                q = repeat();
                at = s.indexOf('}', at) + 1;
            } else {
                return new long[] {1, 1};
            }
            if (at < s.length() && s.charAt(at) == '?') {
                at++; // lazy: the same bounds
            }
            if (at < s.length() && "*+?".indexOf(s.charAt(at)) >= 0) {
                throw new IllegalArgumentException("a quantifier after a quantifier");
            }
            return q;
        }

        /** The bounds of a counted repeat at {@code at}, or null when the brace is a literal. */
        private long[] repeat() {
            java.util.regex.Matcher m = REPEAT.matcher(s).region(at, s.length());
            if (!m.lookingAt()) {
                return null;
            }
            long lo = Long.parseLong(m.group(1));
            long hi = m.group(2) == null ? lo : m.group(2).isEmpty() ? UNBOUNDED : Long.parseLong(m.group(2));
            return new long[] {lo, hi};
        }

        private static final java.util.regex.Pattern REPEAT = java.util.regex.Pattern.compile("\\{(\\d{1,4})(?:,(\\d{0,4}))?}");

        Node atom() {
            char c = s.charAt(at);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    int open = at;
                    skipClass();
                    return new Node(caselessChars(s.substring(open + 1, at - 1)), 2, '\0');
                }
                case '.' -> {
                    at++;
                    return Node.any(2);
                }
                case '^', '$' -> {
                    at++;
                    return Node.any(0);
                }
                case '\\' -> {
                    return escape();
                }
                case '*', '+', '?' -> throw new IllegalArgumentException("a quantifier without an atom");
                default -> {
                    int cp = s.codePointAt(at);
                    at += Character.charCount(cp);
                    return cp < 0x80 ? new Node(Set.of(String.valueOf(foldChar((char) cp))), 1, foldChar((char) cp)) : Node.any(2);
                }
            }
        }

        private Node group() {
            boolean opening = depth == 0 && at == 0;
            at++;
            if (s.startsWith("?", at)) {
                int close = at + 1;
                while (close < s.length() && s.charAt(close) != ':' && s.charAt(close) != ')') {
                    close++;
                }
                if (close >= s.length()) {
                    throw new IllegalArgumentException("an open group");
                }
                String flags = s.substring(at + 1, close);
                if (flags.startsWith("P<") || flags.startsWith("<")) {
                    int end = s.indexOf('>', at);
                    if (end < 0) {
                        throw new IllegalArgumentException("an open group name");
                    }
                    at = end + 1;
                } else if (!flags.matches("[imsU-]*")) {
                    throw new IllegalArgumentException("a group kind not read: " + flags);
                } else if (s.charAt(close) == ')') {
                    at = close + 1; // flags for the rest: a zero-width atom
                    return Node.any(0);
                } else {
                    at = close + 1;
                }
            }
            if (opening) {
                wholeGroupBody = at;
            }
            depth++;
            Node inner = alternation();
            depth--;
            if (at >= s.length() || s.charAt(at) != ')') {
                throw new IllegalArgumentException("an open group");
            }
            at++;
            if (opening) {
                wholeGroupEnd = at;
            }
            return new Node(inner.lits, inner.max, '\0', inner.required);
        }

        private void skipClass() {
            at++;
            if (at < s.length() && s.charAt(at) == '^') {
                at++;
            }
            if (at < s.length() && s.charAt(at) == ']') {
                at++;
            }
            while (at < s.length() && s.charAt(at) != ']') {
                if (s.charAt(at) == '\\') {
                    at += 2;
                } else if (s.startsWith("[:", at)) {
                    int end = s.indexOf(":]", at + 2);
                    at = end < 0 ? at + 1 : end + 2;
                } else {
                    at++;
                }
            }
            if (at >= s.length()) {
                throw new IllegalArgumentException("an open class");
            }
            at++;
        }

        /**
         * The chars of a class's body ({@code -–—} of {@code [-–—]}) as literals, when each is one char, no letter
         * and has no other case (case folding leaves it as written); null for anything else: a negated class, a
         * range, a named class, a letter.
         */
        private static Set<String> caselessChars(String body) {
            if (body.isEmpty() || body.charAt(0) == '^') {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            int i = 0;
            while (i < body.length()) {
                int cp = body.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\\') {
                    if (i >= body.length()) {
                        return null;
                    }
                    cp = body.charAt(i++);
                    if (cp >= 0x80 || Character.isLetterOrDigit(cp)) {
                        return null; // \d, \pL, \x41 …
                    }
                } else if (cp == '[' || cp == '-' && i > 1 && i < body.length()) {
                    return null; // [:alpha:], a range
                }
                if (!caseless(cp)) {
                    return null;
                }
                out.add(new String(Character.toChars(cp)));
            }
            return out;
        }

        private static boolean caseless(int cp) {
            return !Character.isLetter(cp) && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                    && Character.toLowerCase(cp) == cp
                    && Character.toUpperCase(cp) == cp && Character.toTitleCase(cp) == cp;
        }

        private Node escape() {
            if (at + 1 >= s.length()) {
                throw new IllegalArgumentException("a trailing backslash");
            }
            char e = s.charAt(at + 1);
            at += 2;
            if ("bBAz".indexOf(e) >= 0) {
                return Node.any(0);
            }
            if ("sSdDwW".indexOf(e) >= 0) {
                return Node.any(2);
            }
            if (e == 'p' || e == 'P') {
                if (at < s.length() && s.charAt(at) == '{') {
                    int end = s.indexOf('}', at);
                    if (end < 0) {
                        throw new IllegalArgumentException("an open class name");
                    }
                    at = end + 1;
                } else {
                    at++;
                }
                return Node.any(2);
            }
            if (e < 0x80 && !Character.isLetterOrDigit(e)) {
                return new Node(Set.of(String.valueOf(e)), 1, e); // an escaped punctuation mark stands for itself
            }
            throw new IllegalArgumentException("an escape not read: \\" + e);
        }
    }
}
