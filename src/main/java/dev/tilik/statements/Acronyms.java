package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The short forms a folder defines for its institutions, read from the articles themselves (any
 * story, any language): "Kejaksaan Agung (Kejagung)", "Badan Nasional Penanggulangan Bencana
 * (BNPB)", "The Attorney General's Office (AGO)", and the other way round, "Kejagung (Kejaksaan
 * Agung)". The long form is the shortest run of capitalised words before the parenthesis that starts
 * with the short form's first letter and holds its letters in order ("Kepala Pusat Penerangan Hukum
 * Kejaksaan Agung (Kejagung)" defines Kejaksaan Agung); a legal form in parentheses ("(Persero)") is
 * not a short form. A long form opening with a role word ("Kepala Pusat Penerangan Hukum
 * (Kapuspenkum)") defines a title, kept apart: it is never an institution. Each institution's id is
 * its short form. Immutable once built; near-linear in the folder's text.
 */
public final class Acronyms {
    private static final int MAX_LONG_WORDS = 8;
    private static final int MAX_SHORT_LENGTH = 12;
    /** How long a short form spelled by a run's initials alone may be. */
    private static final int MIN_INITIALS = 3;
    private static final int MAX_INITIALS = 6;

    /** The long forms as token sequences, by their first word. */
    private final Map<String, List<List<String>>> longByFirst = new HashMap<>();
    private final Map<String, String> idOfLong = new HashMap<>();
    private final Map<String, String> idOfShort = new HashMap<>();
    /** Each long form's {@link #nominalKey} to its id. */
    private final Map<String, String> idOfNominal = new HashMap<>();
    /** A second short form the folder defines for a long form that has one already ("Kemenkominfo" beside "Kominfo"), to that id. */
    private final Map<String, String> aliasOf = new HashMap<>();
    private final Map<String, String> longOfId = new HashMap<>();
    private final Map<String, String> idOfLower = new HashMap<>();
    private final Set<String> roleShorts = new java.util.HashSet<>();
    private final Map<String, String> roleLongOf = new HashMap<>();
    /** A company's names, lower case — its name after its legal form and the short names the folder gives it — to its id. */
    private final Map<String, String> companyNames = new HashMap<>();
    private final Map<String, List<List<String>>> roleLongByFirst = new HashMap<>();

    private Acronyms() {
    }

    /** An empty catalogue. */
    public static Acronyms none() {
        return new Acronyms();
    }

    /**
     * Reads every definition in {@code texts}, each text's tokens.
     *
     * @param roles       role words, lower case ("kepala", "spokesman")
     * @param suffixes    legal forms, lower case ("persero", "tbk"): never a short form
     * @param connectives lower-case words allowed inside a long form ("dan", "and", "of")
     * @param bodies      lower-case words naming a kind of body ("kementerian", "badan"): a long form spelled by
     *                    initials alone opens with one ({@link #initials})
     */
    public static Acronyms of(List<List<Token>> texts, Set<String> roles, Set<String> suffixes, Set<String> connectives,
                              Set<String> bodies) {
        Acronyms a = new Acronyms();
        List<Map.Entry<String, List<String>>> unmatched = new ArrayList<>();
        for (List<Token> text : texts) {
            a.read(text, roles, suffixes, connectives, unmatched);
        }
        for (Map.Entry<String, List<String>> e : unmatched) {
            List<String> words = e.getValue();
            while (!words.isEmpty() && roles.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words = words.subList(1, words.size());
            }
            if (words.size() >= 2 && a.idOfShort.containsKey(e.getKey()) && !a.idOfLong.containsKey(String.join(" ", words))) {
                a.alias(e.getKey(), words);
            }
        }
        a.initials(texts, bodies, connectives);
        a.withKind(bodies);
        return a;
    }

    /**
     * A body named with and without the word for its kind is one body: "Komunikasi dan Informatika (Kominfo)"
     * read from "Kementerian Komunikasi dan Informatika (Kominfo)" and "Kementerian Komunikasi dan Informatika
     * (Kemenkominfo)" are one ministry, the short form of the name without its kind standing for the other's id.
     */
    private void withKind(Set<String> bodies) {
        for (String id : List.copyOf(longOfId.keySet())) {
            String longForm = longOfId.get(id);
            int space = longForm == null ? -1 : longForm.indexOf(' ');
            if (space < 0 || !bodies.contains(longForm.substring(0, space).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String bare = idOfLong.get(longForm.substring(space + 1));
            if (bare == null || bare.equals(id) || !idOfShort.containsKey(bare) || !id.equals(idOfShort.get(id))) {
                continue;
            }
            String bareLong = longOfId.remove(bare);
            idOfShort.remove(bare);
            aliasOf.put(bare, id);
            idOfLong.put(bareLong, id);
            idOfLower.put(bare.toLowerCase(Locale.ROOT), id);
            idOfLower.put(bareLong.toLowerCase(Locale.ROOT), id);
            aliasOf.replaceAll((k, v) -> v.equals(bare) ? id : v);
            idOfLower.replaceAll((k, v) -> v.equals(bare) ? id : v);
        }
    }

    /**
     * Defines the short forms the folder writes but never defines in parentheses when the initials of exactly one
     * run of capitalised words the folder writes spell them, connectives passed over ("KKP" beside "Kementerian
     * Kelautan dan Perairan"): the run opens with a word naming a kind of body ("Kementerian", "Badan") and ends
     * where the name does (no capitalised word after it); initials are too weak a link for any other name ("PPN"
     * is a tax as often as a company). Three letters or more; near-linear in the folder.
     */
    private void initials(List<List<Token>> texts, Set<String> bodies, Set<String> connectives) {
        Set<String> written = new java.util.HashSet<>();
        for (List<Token> t : texts) {
            for (Token x : t) {
                String s = x.text();
                if (s.length() >= MIN_INITIALS && s.length() <= MAX_INITIALS && allCaps(s) && !idOfShort.containsKey(s) && !aliasOf.containsKey(s) && !roleShorts.contains(s)) {
                    written.add(s);
                }
            }
        }
        if (written.isEmpty()) {
            return;
        }
        Map<String, Set<String>> found = new HashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                // the set test first: it is cheap and few words name a body, so most tokens stop there
                if (!bodies.contains(t.get(i).lower()) || !nameWord(t.get(i))) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                List<String> words = new ArrayList<>();
                for (int k = i; k < t.size() && letters.length() < MAX_INITIALS; k++) {
                    Token x = t.get(k);
                    if (x.isWord() && connectives.contains(x.lower()) && !x.isCapitalized()) {
                        words.add(x.text());
                        continue;
                    }
                    if (!nameWord(x)) {
                        break;
                    }
                    letters.append(Character.toUpperCase(x.text().charAt(0)));
                    words.add(x.text());
                    boolean ends = k + 1 >= t.size() || !nameWord(t.get(k + 1)) && !allCaps(t.get(k + 1).text());
                    if (ends && written.contains(letters.toString())) {
                        found.computeIfAbsent(letters.toString(), key -> new java.util.TreeSet<>()).add(String.join(" ", words));
                    }
                }
            }
        }
        found.forEach((shortForm, forms) -> {
            if (forms.size() == 1) {
                put(shortForm, List.of(forms.iterator().next().split(" ")));
            }
        });
    }

    /** A capitalised word that is no number and no acronym: a word of a name. */
    private static boolean nameWord(Token x) {
        return x.isWord() && !x.isNumber() && x.isCapitalized() && !allCaps(x.text());
    }

    /** Two letters or more, all capitals. */
    static boolean allCaps(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Another long form of a defined institution, one whose letters do not spell it: the folder's
     * other language ("National Nutrition Agency (BGN)" beside "Badan Gizi Nasional (BGN)").
     */
    private void alias(String id, List<String> words) {
        String longForm = String.join(" ", words);
        idOfLong.put(longForm, id);
        idOfLower.putIfAbsent(longForm.toLowerCase(Locale.ROOT), id);
        longByFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(List.copyOf(words));
    }

    private void read(List<Token> t, Set<String> roles, Set<String> suffixes, Set<String> connectives,
                      List<Map.Entry<String, List<String>>> unmatched) {
        for (int i = 1; i < t.size(); i++) {
            if (!t.get(i).is("(")) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < Math.min(t.size(), i + MAX_LONG_WORDS + 2); j++) {
                if (t.get(j).is(")")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            List<Token> inside = t.subList(i + 1, close);
            if (inside.size() <= 2 && isShort(inside, suffixes)) {
                List<Token> before = capitalisedRunBefore(t, i, connectives);
                if (!define(before, join(inside), roles) && !defineCompany(before, join(inside), suffixes)) {
                    unmatched.add(Map.entry(join(inside), before.stream().map(Token::text).toList()));
                }
            } else if (inside.size() >= 2 && allCapitalised(inside, connectives)
                    && isShort(t.subList(i - 1, i), suffixes)) {
                define(inside, t.get(i - 1).text(), roles);
            }
        }
    }

    /** Defines {@code shortForm} from the run before it; false when no part of the run spells it. */
    private boolean define(List<Token> run, String shortForm, Set<String> roles) {
        String letters = shortForm.replace(" ", "").toLowerCase(Locale.ROOT);
        for (int start = run.size() - 2; start >= 0; start--) {
            List<Token> cand = run.subList(start, run.size());
            String first = spelledFrom(cand.get(0).text().toLowerCase(Locale.ROOT), letters);
            if (first == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder(first);
            cand.subList(1, cand.size()).forEach(x -> sb.append(x.text().toLowerCase(Locale.ROOT)));
            if (!subsequence(letters, sb.toString())) {
                continue;
            }
            List<String> words = cand.stream().map(Token::text).toList();
            if (roles.contains(cand.get(0).lower())) {
                roleShorts.add(shortForm);
                roleLongOf.putIfAbsent(shortForm, String.join(" ", words));
                roleLongByFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
                return true;
            }
            if (!idOfShort.containsKey(shortForm) && !aliasOf.containsKey(shortForm)) {
                put(shortForm, words);
            }
            return true;
        }
        return false;
    }

    /**
     * The letters of a long form's first word a short form is spelled from, or null when it does not open with them:
     * the word itself, else a noun made with "ke-…-an" its root, for Indonesian spells the body's short form from the
     * root ("Kepolisian Daerah (Polda)": "polisi"), the circumfix dropped.
     */
    static String spelledFrom(String word, String letters) {
        if (word.charAt(0) == letters.charAt(0)) {
            return word;
        }
        boolean circumfix = word.length() >= 8 && word.startsWith("ke") && word.endsWith("an");
        return circumfix && word.charAt(2) == letters.charAt(0) ? word.substring(2, word.length() - 2) : null;
    }

    /**
     * Names {@code shortForm} one company with the company named right before it after its legal form, whatever its
     * letters: a company's short name is its brand or its ticker as often as its initials ("PT Sinar Wetan Tbk (Sinwet)",
     * "PT Sinar Wetan Tbk (SWTN)": both stand for Sinar Wetan, {@link #idOf}). The legal form is written in capitals
     * before the name ("PT"); a state's form after a body's name ("RI") has no name after it. Such a name is not looked
     * for inside others ({@link #at}): a brand names bodies of its own ("Serikat Pekerja Sinwet"). False when the run
     * names no company so.
     */
    private boolean defineCompany(List<Token> run, String shortForm, Set<String> suffixes) {
        int form = -1;
        for (int k = 0; k < run.size(); k++) {
            if (suffixes.contains(run.get(k).lower()) && allCaps(run.get(k).text())) {
                form = k;
            }
        }
        if (form < 0 || shortForm.indexOf(' ') >= 0) {
            return false;
        }
        List<String> name = new ArrayList<>();
        for (Token x : run.subList(form + 1, run.size())) {
            if (!suffixes.contains(x.lower())) {
                name.add(x.text());
            }
        }
        if (name.isEmpty() || name.contains(shortForm) || roleShorts.contains(shortForm) || idOfLower.containsKey(shortForm.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String longForm = String.join(" ", name).toLowerCase(Locale.ROOT);
        String id = companyNames.getOrDefault(longForm, shortForm);
        companyNames.putIfAbsent(longForm, id);
        companyNames.putIfAbsent(shortForm.toLowerCase(Locale.ROOT), id);
        return true;
    }

    /**
     * Defines {@code shortForm} for the long form {@code words}; when that long form has a short form already, the
     * new one is another name of the same institution ("Kementerian Komunikasi dan Informatika (Kominfo)" and, in
     * another article, "(Kemenkominfo)"): both stand for the first.
     */
    private void put(String shortForm, List<String> words) {
        String longForm = String.join(" ", words);
        String existing = idOfLong.get(longForm);
        String nominal = idOfNominal.get(nominalKey(words));
        if (existing == null && nominal != null && !nominal.equals(shortForm) && !idOfShort.containsKey(shortForm)) {
            // the same name with a compound nominalised ("Tenaga Kerja" / "Ketenagakerjaan"): another name of that body
            alias(nominal, words);
            existing = nominal;
        }
        if (existing != null) {
            if (!existing.equals(shortForm) && !idOfShort.containsKey(shortForm)) {
                aliasOf.putIfAbsent(shortForm, existing);
                idOfLower.putIfAbsent(shortForm.toLowerCase(Locale.ROOT), existing);
            }
            return;
        }
        idOfShort.put(shortForm, shortForm);
        idOfLong.put(longForm, shortForm);
        idOfNominal.putIfAbsent(nominalKey(words), shortForm);
        longOfId.put(shortForm, longForm);
        idOfLower.putIfAbsent(shortForm.toLowerCase(Locale.ROOT), shortForm);
        idOfLower.putIfAbsent(longForm.toLowerCase(Locale.ROOT), shortForm);
        longByFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
    }

    /**
     * A long form's letters with each noun made by "ke-…-an" read as its root and the spaces aside: Indonesian nominalises
     * a compound by the circumfix and writes it as one word ("tenaga kerja" → "ketenagakerjaan"), so "Dinas Perindustrian
     * dan Tenaga Kerja" and "Dinas Perindustrian dan Ketenagakerjaan" name one office. The first word, the kind of body, is
     * read as written: "Kementerian" is no "Menteri".
     */
    static String nominalKey(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            boolean circumfix = !sb.isEmpty() && lower.length() >= 8 && lower.startsWith("ke") && lower.endsWith("an");
            sb.append(circumfix ? lower.substring(2, lower.length() - 2) : lower);
        }
        return sb.toString();
    }

    /** The institution id a name stands for ("Kejaksaan Agung", "kejagung" → "Kejagung"), case-insensitively. */
    public Optional<String> idOf(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        String id = idOfLower.get(lower);
        return Optional.ofNullable(id != null ? id : companyNames.get(lower));
    }

    /** True when {@code id} is a company the folder names by its legal form ("PT Sinar Wetan Tbk (Sinwet)" → "Sinwet"). */
    boolean isCompany(String id) {
        return companyNames.containsValue(id);
    }

    /** The long form defined for an id ("Kejagung" → "Kejaksaan Agung"), or empty. */
    public Optional<String> longOf(String id) {
        return Optional.ofNullable(longOfId.get(id));
    }

    /** True when {@code word} is a short form defined for a title ("Kapuspenkum"). */
    public boolean isRole(String word) {
        return roleShorts.contains(word);
    }

    /** The long form the folder defines for a title's short form ("Kapuspenkum" → "Kepala Pusat Penerangan Hukum"), or empty. */
    public Optional<String> roleLongOf(String shortForm) {
        return Optional.ofNullable(roleLongOf.get(shortForm));
    }

    /** How many tokens a title the folder defines spans from token {@code i} (long or short form), or 0. */
    int roleAt(List<Token> tokens, int i) {
        if (roleShorts.contains(tokens.get(i).text())) {
            return 1;
        }
        int best = 0;
        for (List<String> words : roleLongByFirst.getOrDefault(tokens.get(i).text(), List.of())) {
            if (words.size() > best && matches(tokens, i, words)) {
                best = words.size();
            }
        }
        return best;
    }

    /** Every defined id (short form), institutions and places alike. */
    Set<String> ids() {
        return java.util.Collections.unmodifiableSet(idOfShort.keySet());
    }

    /** Every short form and its long form, titles' too ("Kapuspenkum", "KDM" for "Kang Dedi Mulyana"). */
    Map<String, String> longForms() {
        Map<String, String> out = new HashMap<>(roleLongOf);
        out.putAll(longOfId);
        return out;
    }

    /**
     * Defines the folder's blended short forms of its multi-word places: a capitalised word of the
     * folder made of the first letters of each word of a place it names, two or more of each ("Jabar"
     * for "Jawa Barat", "Sumbar" for "Sumatera Barat"), the way Indonesian shortens a region's name.
     * A word that could blend two places defines neither.
     *
     * @param words  the folder's capitalised words
     * @param phrases the folder's multi-word places, each as its words
     */
    void blendPlaces(Set<String> words, Set<List<String>> phrases) {
        Map<String, List<List<String>>> byStart = new HashMap<>();
        for (List<String> p : phrases) {
            if (p.size() >= 2 && p.get(0).length() >= 2) {
                byStart.computeIfAbsent(p.get(0).substring(0, 2).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
            }
        }
        for (String w : words) {
            if (w.length() < 4 || w.length() > MAX_SHORT_LENGTH || idOfShort.containsKey(w)
                    || !w.chars().allMatch(Character::isLetter) || w.chars().skip(1).anyMatch(Character::isUpperCase)) {
                continue;
            }
            List<String> found = null;
            for (List<String> p : byStart.getOrDefault(w.substring(0, 2).toLowerCase(Locale.ROOT), List.of())) {
                if (p.contains(w) || !blends(w.toLowerCase(Locale.ROOT), 0, p, 0)) {
                    continue;
                }
                found = found == null || found.equals(p) ? p : List.of();
            }
            if (found != null && !found.isEmpty()) {
                put(w, found);
            }
        }
    }

    /** Fewest letters of a blended body's short form ("Dinkes", "Pemkab"). */
    static final int MIN_BLEND = 5;
    /** Letters a blended short form shares with the start of its body's first word ("Din" of "Dinas"). */
    private static final int BLEND_HEAD = 3;

    /**
     * Defines the folder's blended short forms of its bodies, the way Indonesian shortens an office's name: a
     * capitalised word the folder writes made of the first letters of each word of a body's name it also writes,
     * two or more of each and at least {@link #BLEND_HEAD} of the first ("Dinkes" for "Dinas Kesehatan", "Kemenkes"
     * for "Kementerian Kesehatan"). The name is two or three capitalised words opening with one naming a kind of
     * body ({@code bodies}: "Dinas", "Kementerian"). Without it a folder writing "Kepala Dinkes Sukamaju" and "Kepala
     * Dinas Kesehatan Sukamaju" speaks for two bodies. A word that could blend two names defines neither; a word
     * already defined is left as it is. Near-linear in the folder: names are tried only against words opening as
     * they do.
     *
     * @param capitalised the folder's capitalised words
     * @param bodies      lower-case words naming a kind of body
     */
    void blendBodies(List<List<Token>> texts, Set<String> capitalised, Set<String> bodies) {
        Map<String, List<String>> byHead = new HashMap<>();
        for (String w : capitalised) {
            if (w.length() >= MIN_BLEND && w.length() <= MAX_SHORT_LENGTH && !idOfShort.containsKey(w) && !aliasOf.containsKey(w)
                    && w.chars().allMatch(Character::isLetter) && w.chars().skip(1).noneMatch(Character::isUpperCase)
                    && !bodies.contains(w.toLowerCase(Locale.ROOT))) {
                byHead.computeIfAbsent(w.substring(0, BLEND_HEAD).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(w);
            }
        }
        if (byHead.isEmpty()) {
            return;
        }
        Map<String, Set<List<String>>> found = new java.util.LinkedHashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                Token first = t.get(i);
                if (!bodies.contains(first.lower()) || !nameWord(first) || first.text().length() < BLEND_HEAD) {
                    continue;
                }
                List<String> candidates = byHead.get(first.text().substring(0, BLEND_HEAD).toLowerCase(Locale.ROOT));
                if (candidates == null) {
                    continue;
                }
                List<String> name = new ArrayList<>(List.of(first.text()));
                for (int k = i + 1; k < t.size() && k <= i + 2 && nameWord(t.get(k)); k++) {
                    name.add(t.get(k).text());
                    for (String c : candidates) {
                        if (!name.contains(c) && blends(c.toLowerCase(Locale.ROOT), 0, name, 0)) {
                            found.computeIfAbsent(c, x -> new java.util.LinkedHashSet<>()).add(List.copyOf(name));
                        }
                    }
                }
            }
        }
        found.forEach((c, names) -> {
            if (names.size() == 1) {
                put(c, names.iterator().next());
            }
        });
    }

    /** {@code s} from {@code at} is a prefix of two letters or more of each word of {@code p} from {@code k}, in order. */
    private static boolean blends(String s, int at, List<String> p, int k) {
        if (k == p.size()) {
            return at == s.length();
        }
        String word = p.get(k).toLowerCase(Locale.ROOT);
        for (int n = Math.min(word.length(), s.length() - at); n >= 2; n--) {
            if (s.startsWith(word.substring(0, n), at) && blends(s, at + n, p, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** How many institutions are defined. */
    public int size() {
        return idOfShort.size();
    }

    /**
     * A defined institution starting at token {@code i}: its id and how many tokens it spans, the
     * longest first; empty when none starts there.
     */
    Optional<Map.Entry<String, Integer>> at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        int best = 0;
        String id = null;
        for (List<String> words : longByFirst.getOrDefault(t.text(), List.of())) {
            if (words.size() > best && matches(tokens, i, words)) {
                best = words.size();
                id = idOfLong.get(String.join(" ", words));
            }
        }
        // A short form of two words before one of its first word alone ("Menko PW" beside "Menko"): the longest first.
        if (id == null && i + 1 < tokens.size() && idOfShort.containsKey(t.text() + " " + tokens.get(i + 1).text())) {
            best = 2;
            id = t.text() + " " + tokens.get(i + 1).text();
        }
        if (id == null && idOfShort.containsKey(t.text())) {
            best = 1;
            id = t.text();
        }
        if (id == null && aliasOf.containsKey(t.text())) {
            best = 1;
            id = aliasOf.get(t.text());
        }
        return id == null ? Optional.empty() : Optional.of(Map.entry(id, best));
    }

    /**
     * A place the folder defines a short form for, written open — without the marker its long form opens with
     * ("Bandung Barat" for "Kabupaten Bandung Barat (KBB)") — starting at token {@code i}: its id and how many tokens it
     * spans, the longest first; empty when none starts there.
     *
     * @param markers lower-case words a place's name opens with ("kabupaten", "kota")
     */
    Optional<Map.Entry<String, Integer>> openPlaceAt(List<Token> tokens, int i, Set<String> markers) {
        int best = 0;
        String id = null;
        for (String marker : markers) {
            String first = marker.isEmpty() ? marker : Character.toUpperCase(marker.charAt(0)) + marker.substring(1);
            for (List<String> words : longByFirst.getOrDefault(first, List.of())) {
                List<String> open = words.subList(1, words.size());
                if (!open.isEmpty() && open.size() > best && matches(tokens, i, open)) {
                    best = open.size();
                    id = idOfLong.get(String.join(" ", words));
                }
            }
        }
        return id == null ? Optional.empty() : Optional.of(Map.entry(id, best));
    }

    /** The words {@code words} are written from token {@code i}, as they are. */
    static boolean matches(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShort(List<Token> inside, Set<String> suffixes) {
        if (inside.isEmpty()) {
            return false;
        }
        for (Token x : inside) {
            String s = x.text();
            if (!x.isWord() || x.isNumber() || !Character.isUpperCase(s.charAt(0)) || s.length() < 2
                    || s.length() > MAX_SHORT_LENGTH || !s.chars().allMatch(Character::isLetter)
                    || suffixes.contains(x.lower())) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> capitalisedRunBefore(List<Token> t, int paren, Set<String> connectives) {
        int start = paren;
        int words = 0;
        while (start > 0 && words < MAX_LONG_WORDS) {
            Token x = t.get(start - 1);
            boolean cap = x.isWord() && !x.isNumber() && Character.isUpperCase(x.text().charAt(0));
            boolean joiner = x.isWord() && connectives.contains(x.lower()) && start < paren;
            boolean apostrophe = x.is("'") || x.is("\u2019");
            boolean possessive = x.text().equals("s") && start >= 2 && (t.get(start - 2).is("'") || t.get(start - 2).is("\u2019"));
            if (!cap && !joiner && !apostrophe && !possessive) {
                break;
            }
            start--;
            words++;
        }
        List<Token> run = new ArrayList<>(t.subList(start, paren));
        while (!run.isEmpty() && !Character.isUpperCase(run.get(0).text().charAt(0))) {
            run.remove(0);
        }
        run.removeIf(x -> x.is("'") || x.is("\u2019") || x.text().equals("s"));
        return run;
    }

    private static boolean allCapitalised(List<Token> inside, Set<String> connectives) {
        for (Token x : inside) {
            if (!x.isWord() || !Character.isUpperCase(x.text().charAt(0)) && !connectives.contains(x.lower())) {
                return false;
            }
        }
        return Character.isUpperCase(inside.get(0).text().charAt(0));
    }

    private static String join(List<Token> inside) {
        return String.join(" ", inside.stream().map(Token::text).toList());
    }

    /** The letters of {@code needle} occur in {@code hay} in order. */
    static boolean subsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(j)) {
                j++;
            }
        }
        return j == needle.length();
    }
}
