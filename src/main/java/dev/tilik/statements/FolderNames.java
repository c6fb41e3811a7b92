package dev.tilik.statements;

import dev.tilik.statements.Institutions.Words;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a folder names, read once from all its texts for the institutions pass ({@link Institutions}) and
 * the party names the evaluation and the reader share ({@code StatementExtractor}): each text's tokens,
 * the catalogue of its short forms ({@link Acronyms}), its places, the short forms it joins by a slash,
 * the names its companies carry. Pure: texts and the rules' institution words in, sets out.
 */
final class FolderNames {
    private FolderNames() {
    }

    /**
     * The catalogue of the folder's own short forms, its places' and bodies' blended ones too ("Jabar", "Dinkes"); the words of
     * a place the folder gives a short form ("Kabupaten Bandung Kulon (KBK)") go into {@code places}.
     */
    static Acronyms acronyms(List<List<Token>> texts, Words w, Set<String> capitalised, Set<List<String>> phrases,
                             Set<String> places) {
        Set<String> bodies = new HashSet<>(w.titles());
        bodies.removeAll(w.roles());
        Acronyms a = Acronyms.of(texts, w.roles(), w.suffixes(), w.connectives(), bodies);
        a.blendPlaces(capitalised, phrases);
        Set<String> kinds = new HashSet<>();
        bodies.forEach(b -> kinds.add(b.toLowerCase(Locale.ROOT)));
        w.organisationWords().forEach(o -> kinds.add(o.toLowerCase(Locale.ROOT)));
        a.blendBodies(texts, capitalised, kinds);
        a.longForms().forEach((id, longForm) -> {
            String[] words = longForm.split(" ");
            if (words.length >= 2 && w.units().contains(words[0].toLowerCase(Locale.ROOT)) && places.contains(words[1])) {
                places.addAll(List.of(words).subList(1, words.length));
            }
        });
        return a;
    }

    /**
     * The folder's places and short forms read once from its tokens, for every pass that asks for them
     * (the speakers' parties across articles, the institutions): the capitalised words and phrases the
     * places scan meets go with them, as {@link #places} and {@link #acronyms} fill them.
     */
    record Read(List<List<Token>> tokens, Set<String> capitalised, Set<List<String>> phrases, Set<String> places,
                Set<String> atOnly, Acronyms acronyms) {
        static Read of(List<List<Token>> tokens, Words w) {
            Set<String> capitalised = new HashSet<>();
            Set<List<String>> phrases = new HashSet<>();
            Set<String> atOnly = new HashSet<>();
            Set<String> places = FolderNames.places(tokens, w, capitalised, phrases, atOnly);
            return new Read(tokens, capitalised, phrases, places, atOnly, FolderNames.acronyms(tokens, w, capitalised, phrases, places));
        }
    }

    /** Each text's tokens, made once for every folder scan here (short forms, places, companies). */
    static List<List<Token>> tokens(List<String> texts) {
        // Each text on its own, on every core; the list keeps the texts' order.
        return texts.parallelStream().map(text -> Tokens.of(text, 0, text.length())).toList();
    }

    /**
     * Capitalised words met after a place marker somewhere in the folder ("di Agam" → Agam) or after a body a head
     * title heads ("Polda Wetan" → Wetan: such a body is named by its region); after an
     * administrative unit, the whole run of capitalised words when the folder writes that same run, ended
     * there, twice or more ("Kabupaten Bandung Kulon (KBK)", "Kabupaten Bandung Kulon, …" → Bandung,
     * Kulon; once, "Kota Sukamaju Andi Wijaya mengatakan" keeps only Sukamaju: a name may follow a place, and so does a
     * run the folder writes twice whose opening the folder writes alone after a unit, {@link #nameAfterPlace}; after a
     * title someone holds, only closed by a comma or a full stop, {@link #heldTitle}). A
     * run the folder writes once after a unit counts twice when a head title's region is that same run
     * closed by a comma or a full stop ("Provinsi Teluk Barat Daya." and "Gubernur Teluk Barat Daya,
     * Markus …"); a head title's run alone never makes a place, for a name follows a title as often.
     * Every run after a unit, once is enough, goes into {@code phrases} (what the folder's blended short
     * forms may stand for, {@link Acronyms#blendPlaces}); every capitalised word goes into {@code capitalised}. A word
     * met only after a marker of where someone was, one naming no administrative unit ("di Pondok Pesantren X", "di
     * Rumah Sakit X": a building or a body as often as a place), goes into {@code atOnly} too ({@link Offices#isPlace}).
     */
    static Set<String> places(List<List<Token>> texts, Words w, Set<String> capitalised, Set<List<String>> phrases,
                              Set<String> atOnly) {
        Set<String> out = new HashSet<>();
        Set<String> marked = new HashSet<>();
        Map<List<String>, Integer> runs = new HashMap<>();
        Map<List<String>, Integer> titled = new HashMap<>();
        Set<List<String>> endedRuns = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        w.heads().values().forEach(b -> bodies.add(b.toLowerCase(Locale.ROOT)));
        for (List<Token> t : texts) {
            for (int i = 0; i + 1 < t.size(); i++) {
                Token next = t.get(i + 1);
                if (next.isWord() && next.isCapitalized()) {
                    capitalised.add(next.text());
                }
                boolean head = t.get(i).isCapitalized() && w.heads().containsKey(t.get(i).lower());
                if (head && placeWord(next, w)) {
                    int k = runEnd(t, i + 1, w);
                    if (k - i - 1 >= 2 && k - i - 1 <= 3 && k < t.size() && (t.get(k).is(",") || t.get(k).is("."))) {
                        titled.merge(words(t, i + 1, k), 1, Integer::sum);
                    }
                }
                boolean marker = w.placeMarkers().contains(t.get(i).lower()) || t.get(i).isCapitalized() && bodies.contains(t.get(i).lower())
                        || linked(t, i, w);
                if (!marker || !placeWord(next, w) || unitNumbered(t, i + 2)) {
                    continue;
                }
                out.add(next.text());
                if (w.placeMarkers().contains(t.get(i).lower()) && !w.units().contains(t.get(i).lower()) && !bodies.contains(t.get(i).lower())) {
                    atOnly.add(next.text());
                } else {
                    marked.add(next.text());
                }
                if ((w.units().contains(t.get(i).lower()) || bodies.contains(t.get(i).lower())) && t.get(i).isCapitalized()) {
                    int k = runEnd(t, i + 1, w);
                    boolean ended = k >= t.size() || !t.get(k).isWord() || !t.get(k).isCapitalized();
                    if (ended) {
                        endedRuns.add(words(t, i + 1, k));
                    }
                    if (k - i - 1 >= 2 && k - i - 1 <= 3 && ended && (!heldTitle(t, i, w) || closed(t, k))) {
                        List<String> run = words(t, i + 1, k);
                        runs.merge(run, 1, Integer::sum);
                        phrases.add(run);
                    }
                }
            }
        }
        runs.forEach((run, n) -> {
            if (n + titled.getOrDefault(run, 0) >= 2 && !nameAfterPlace(run, endedRuns, w)) {
                out.addAll(run);
                marked.addAll(run);
            }
        });
        atOnly.removeAll(marked);
        return out;
    }

    /**
     * True when a run met after a unit is a shorter place the folder writes whole after a unit elsewhere, then a person's
     * name: the words after that place hold no region word ("Kabupaten Sukamaju Rina Wati" where the folder writes
     * "Kabupaten Sukamaju," too: Rina and Wati are no places; "Kabupaten Sukamaju Barat" stays a place of its own).
     */
    static boolean nameAfterPlace(List<String> run, Set<List<String>> endedRuns, Words w) {
        for (int n = 1; n < run.size(); n++) {
            if (!endedRuns.contains(run.subList(0, n))) {
                continue;
            }
            boolean region = false;
            for (String word : run.subList(n, run.size())) {
                region |= w.regionWords().contains(word.toLowerCase(Locale.ROOT));
            }
            if (!region) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the unit at {@code i} ends a title someone holds: a role word opens the capitalised words running up to
     * it ("Kepala Dinas Kesehatan Kabupaten Sukamaju …"). A person's name follows such a title as often as the place
     * ends there ("… Kabupaten Sukamaju Rina Wulandari menuturkan"), however often the folder writes it.
     */
    private static boolean heldTitle(List<Token> t, int i, Words w) {
        for (int j = i - 1; j >= 0 && t.get(j).isWord() && t.get(j).isCapitalized(); j--) {
            if (w.roles().contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The token at {@code k} closes a run: a comma or a full stop. */
    private static boolean closed(List<Token> t, int k) {
        return k < t.size() && (t.get(k).is(",") || t.get(k).is("."));
    }

    /**
     * A word joining a place to the administrative unit or head title right before it ("Regency of Sukamaju", "Regent of
     * Sukamaju"): a place marker there only ("the resignation of Rina" names no place).
     */
    private static boolean linked(List<Token> t, int i, Words w) {
        if (i == 0 || !w.placeLinks().contains(t.get(i).lower())) {
            return false;
        }
        Token before = t.get(i - 1);
        return before.isWord() && before.isCapitalized() && (w.units().contains(before.lower()) || w.heads().containsKey(before.lower()));
    }

    /** Where a run of place-like capitalised words starting at {@code from} ends (four words at most, no acronym). */
    private static int runEnd(List<Token> t, int from, Words w) {
        int k = from + 1;
        while (k < t.size() && k - from <= 3 && placeWord(t.get(k), w) && !isAcronym(t.get(k))) {
            k++;
        }
        return k;
    }

    private static List<String> words(List<Token> t, int from, int to) {
        return t.subList(from, to).stream().map(Token::text).toList();
    }

    /**
     * A unit's number right after a word ("di Komisi III DPR", "ke Kelas 4"): the word before it names a numbered unit
     * where someone was, never a place.
     */
    private static boolean unitNumbered(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).isWord()) {
            return false;
        }
        return Institutions.unitNumber(t.get(k).text());
    }

    /**
     * A capitalised word that may name a place: no number, role, title or place marker, nor a word naming a kind of
     * organisation (rules {@code organisationWords}: "di Dinas Kesehatan" says where someone was, at a body, and the body's
     * long form, "Dinas Kesehatan (Dinkes)", is never a place's).
     */
    private static boolean placeWord(Token x, Words w) {
        return x.isWord() && !x.isNumber() && x.isCapitalized() && !w.roles().contains(x.lower()) && !w.titles().contains(x.lower())
                && !w.placeMarkers().contains(x.lower()) && !w.organisationWords().contains(x.lower());
    }

    /** Short forms the folder joins by a slash ("Kementerian ATR/BPN"): each half names the whole. */
    static Map<String, String> joined(List<List<Token>> texts) {
        Map<String, String> out = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (List<Token> t : texts) {
            for (int i = 0; i + 2 < t.size(); i++) {
                if (t.get(i + 1).is("/") && isAcronym(t.get(i)) && isAcronym(t.get(i + 2))) {
                    String whole = t.get(i).text() + "/" + t.get(i + 2).text();
                    for (String half : List.of(t.get(i).text(), t.get(i + 2).text())) {
                        if (!whole.equals(out.getOrDefault(half, whole))) {
                            clash.add(half);
                        }
                        out.put(half, whole);
                    }
                }
            }
        }
        clash.forEach(out::remove);
        return out;
    }

    /**
     * Capitalised words right after a legal form written as an acronym ("PT Pertamina Patra Niaga") or before one in
     * parentheses; never after a state form ("Menteri KP RI Darmawan Sulistyo": a person). After the name's first word,
     * a word the folder writes alone as a speaker ({@code persons}: "Rina" in "kata Rina") ends the name: it is the person
     * the phrase names after the company ("Direktur Utama PT Kain Wetan Rina Wati").
     */
    static Set<String> companies(List<List<Token>> texts, Words w, Set<String> persons) {
        Set<String> out = new HashSet<>();
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                Token x = t.get(i);
                if (!w.suffixes().contains(x.lower()) || w.stateForms().contains(x.lower())) {
                    continue;
                }
                if (isAcronym(x)) {
                    for (int k = i + 1; k < Math.min(t.size(), i + 4) && t.get(k).isWord() && t.get(k).isCapitalized()
                            && !w.roles().contains(t.get(k).lower()) && (k == i + 1 || !persons.contains(t.get(k).text())); k++) {
                        out.add(t.get(k).text());
                    }
                } else if (i >= 2 && t.get(i - 1).is("(")) {
                    for (int k = i - 2; k >= Math.max(0, i - 5) && t.get(k).isWord() && t.get(k).isCapitalized()
                            && !w.roles().contains(t.get(k).lower()) && !w.suffixes().contains(t.get(k).lower()); k--) {
                        out.add(t.get(k).text());
                    }
                }
            }
        }
        return out;
    }

    static boolean isAcronym(Token t) {
        // Acronyms' loop over the chars, not a stream of them (this runs for every token of the folder).
        return t.text().length() <= 6 && Acronyms.allCaps(t.text());
    }
}
