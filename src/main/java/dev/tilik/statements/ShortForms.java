package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short form and the words it stands for are one key, as the folder itself defines them: where an article writes a
 * run of words and then their initials in capitals in parentheses ("pemutusan hubungan kerja (PHK)", "pajak bumi dan
 * bangunan (PBB)", a short connector passed over), a claim writing those words in a row ("tidak akan ada pemutusan
 * hubungan kerja") takes the key of a claim writing the short form ("tidak melakukan PHK"), so the two meet in one
 * proposition though neither glosses the other. Only a term the folder defines in lower case (past a sentence's first
 * word) at least once is taken: a
 * body's name ("Badan Gizi Nasional (BGN)") says who, not what is claimed. Only a short form some claim of the folder
 * writes gives a key. Linear in the folder: one scan of each article's text, then each claim's words looked up once
 * by their first word.
 */
final class ShortForms {
    private static final Pattern GLOSS = Pattern.compile("\\(\\s*(\\p{Lu}{2,6})\\s*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    /** Most words a term's definition runs back over from its parentheses, connectors included. */
    private static final int LONGEST = 6;
    /** Letters of a lower-case connector a short form's initials may pass over ("dan", "of"). */
    private static final int CONNECTOR = 3;

    private ShortForms() {
    }

    /** A term: its short form in capitals and its words in lower case, connectors left out. */
    record Term(String shortForm, List<String> words) {
    }

    /**
     * The terms {@code texts} define with their words past the first in lower case at least once, each short form
     * once (the first such definition found).
     */
    static List<Term> defined(List<String> texts) {
        Map<String, Term> lower = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String text : texts) {
            Matcher m = GLOSS.matcher(text);
            while (m.find()) {
                String initials = m.group(1);
                List<String> before = wordsBefore(text, m.start(), LONGEST);
                List<String> run = run(before, initials);
                if (run == null || !lowerCaseAfterFirst(run)) {
                    continue;
                }
                if (!lower.containsKey(initials)) {
                    order.add(initials);
                    lower.put(initials, new Term(initials, content(run)));
                }
            }
        }
        List<Term> out = new ArrayList<>();
        order.forEach(k -> out.add(lower.get(k)));
        return out;
    }

    /** Up to {@code most} words right before {@code at}, in order, stopping at anything but spaces between them. */
    private static List<String> wordsBefore(String text, int at, int most) {
        List<String> out = new ArrayList<>();
        int i = at;
        while (out.size() < most) {
            int end = i;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            if (start == end || !WORD.matcher(text.substring(start, end)).matches()) {
                break;
            }
            out.add(0, text.substring(start, end));
            if (start == 0 || text.charAt(start - 1) != ' ') {
                break;
            }
            i = start;
        }
        return out;
    }

    /** The shortest run ending the words whose initials spell {@code initials}, connectors passed over; or null. */
    private static List<String> run(List<String> before, String initials) {
        for (int from = before.size() - 2; from >= 0; from--) {
            List<String> run = before.subList(from, before.size());
            if (initials.equalsIgnoreCase(initials(run, false)) || initials.equalsIgnoreCase(initials(run, true))) {
                return connector(run.get(0)) ? null : run;
            }
        }
        return null;
    }

    private static String initials(List<String> run, boolean skipConnectors) {
        StringBuilder b = new StringBuilder();
        for (String w : run) {
            if (!(skipConnectors && connector(w))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    private static boolean connector(String w) {
        return w.length() <= CONNECTOR && w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** True when every word of the run past its first is in lower case: a term, not a name in title case. */
    private static boolean lowerCaseAfterFirst(List<String> run) {
        return run.stream().skip(1).allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
    }

    /** The run's words in lower case, connectors left out: the content words a claim writes it by. */
    private static List<String> content(List<String> run) {
        List<String> out = new ArrayList<>();
        run.stream().filter(w -> !connector(w)).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    /**
     * Gives each claim's run of a term's words ({@link #defined}) the key a claim writing the term's short form has it
     * by, one word in their place; what a claim answers ({@code answered}) follows its words. Changes {@code words}
     * and {@code answered} in place.
     *
     * @return how many runs of words took a short form's key
     */
    static int meet(List<Term> terms, List<List<ClaimWords.Word>> words, List<Set<String>> answered) {
        if (terms.isEmpty()) {
            return 0;
        }
        Map<String, Term> byShort = new HashMap<>();
        terms.forEach(t -> byShort.put(t.shortForm().toLowerCase(Locale.ROOT), t));
        Map<Term, String> keyOf = new HashMap<>();
        for (List<ClaimWords.Word> ws : words) {
            for (ClaimWords.Word w : ws) {
                Term t = byShort.get(w.surface().toLowerCase(Locale.ROOT));
                if (t != null && w.surface().equals(t.shortForm())) {
                    keyOf.putIfAbsent(t, w.key());
                }
            }
        }
        Map<String, List<Term>> byFirst = new HashMap<>();
        keyOf.keySet().forEach(t -> byFirst.computeIfAbsent(t.words().get(0), f -> new ArrayList<>()).add(t));
        if (byFirst.isEmpty()) {
            return 0;
        }
        int met = 0;
        for (int i = 0; i < words.size(); i++) {
            List<ClaimWords.Word> ws = words.get(i);
            List<ClaimWords.Word> out = null;
            Map<String, String> moved = new HashMap<>();
            int j = 0;
            while (j < ws.size()) {
                Term t = at(ws, j, byFirst.get(ws.get(j).surface().toLowerCase(Locale.ROOT)));
                if (t == null) {
                    if (out != null) {
                        out.add(ws.get(j));
                    }
                    j++;
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(ws.subList(0, j));
                }
                ClaimWords.Word w = ws.get(j);
                String key = keyOf.get(t);
                out.add(new ClaimWords.Word(key, t.shortForm(), w.negated(), w.reached(), w.pending(), w.subordinate(), w.negation()));
                for (int k = j; k < j + t.words().size(); k++) {
                    moved.put(ws.get(k).key(), key);
                }
                j += t.words().size();
                met++;
            }
            if (out != null) {
                words.set(i, out);
                Set<String> keys = new LinkedHashSet<>();
                answered.get(i).forEach(k -> keys.add(moved.getOrDefault(k, k)));
                answered.set(i, keys);
            }
        }
        return met;
    }

    /** The term of {@code candidates} whose words {@code ws} writes in a row from {@code j}, or null. */
    private static Term at(List<ClaimWords.Word> ws, int j, List<Term> candidates) {
        if (candidates == null) {
            return null;
        }
        for (Term t : candidates) {
            List<String> tw = t.words();
            if (j + tw.size() > ws.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < tw.size() && all; k++) {
                all = ws.get(j + k).surface().toLowerCase(Locale.ROOT).equals(tw.get(k));
            }
            if (all) {
                return t;
            }
        }
        return null;
    }
}
