package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offices that head a body, and the body a speaker with such a title speaks for (any story; the titles
 * are language data, rules {@code heads}): "Bupati Sukamaju Rina Wulandari" speaks for "Pemkab
 * Sukamaju", "Kapolsek Wetan Iptu Budi" for "Polsek Wetan", "former Sukamaju regent Rina" for "Pemkab
 * Sukamaju". The region is the place named right after the title (before it in English), in the
 * folder's own short form when it defines one ("Bupati Bandung Kulon" → "Pemkab KBK" when the folder
 * writes "Kabupaten Bandung Kulon (KBK)"); a region the folder never calls a place counts only when
 * the person's name or a rank follows it ("Kapolsek Wetan Iptu Budi"). A title with no region names no
 * body: the person's other mentions will. Immutable.
 */
final class Offices {
    /** How many words a region may have. */
    private static final int MAX_REGION = 3;
    /** How many words a person's name after a region may have. */
    private static final int MAX_NAME = 4;

    private final Map<String, String> heads;
    private final int longest;
    /** The first word of every head title: a token that is none starts no title (most tokens). */
    private final Set<String> firstWords = new java.util.HashSet<>();
    private final Institutions.Words words;
    private final Acronyms acronyms;
    private final Set<String> places;
    /** The folder's places met only after a marker of where someone was ("di Rumah Sakit X"). */
    private final Set<String> atOnly;
    /** A place's words, markers aside, to the folder's short form for it ("bandung kulon" → "KBK"). */
    private final Map<String, String> shortOfPlace = new HashMap<>();

    /**
     * @param atOnly the folder's places met only after a marker of where someone was ("di"), never after an administrative
     *               unit: a long form opening with one is a place's only when another of its words is a place's too
     */
    Offices(Institutions.Words words, Acronyms acronyms, Set<String> places, Set<String> atOnly) {
        this.atOnly = Set.copyOf(atOnly);
        this.heads = words.heads();
        this.longest = heads.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        heads.keySet().forEach(k -> firstWords.add(k.split(" ", -1)[0]));
        this.words = words;
        this.acronyms = acronyms;
        this.places = places;
        for (String id : acronyms.ids()) {
            if (isPlace(id)) {
                shortOfPlace.putIfAbsent(placeKey(acronyms.longOf(id).orElse(id)), id);
            }
        }
    }

    /** True when the heads the rules know are none. */
    boolean isEmpty() {
        return heads.isEmpty();
    }

    /** How many tokens a head title spans from token {@code i}, the longest first; 0 when none starts there. */
    int titleAt(List<Token> t, int i) {
        if (i >= t.size()) {
            return 0;
        }
        String first = t.get(i).lower();
        if (first.indexOf(' ') < 0 && !firstWords.contains(first)) {
            return 0;
        }
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int n = 1; n <= longest && i + n <= t.size(); n++) {
            Token x = t.get(i + n - 1);
            if (!x.isWord()) {
                break;
            }
            sb.append(n == 1 ? "" : " ").append(x.lower());
            if (heads.containsKey(sb.toString())) {
                best = n;
            }
        }
        return best;
    }

    /**
     * The body the head title at {@code i} (spanning {@code n} tokens) heads, with its region: "" when the
     * text names no region.
     *
     * @param person the person's name in the phrase (never a region)
     */
    String bodyAt(List<Token> t, int i, int n, List<String> person) {
        String body = heads.get(joinLower(t.subList(i, i + n)));
        List<String> region = after(t, i + n, person);
        if (region.isEmpty()) {
            region = before(t, i);
        }
        return region.isEmpty() ? "" : body + " " + canonical(region);
    }

    /** The region's words in the folder's short form for the place, when it defines one. */
    String canonical(List<String> region) {
        if (region.size() == 1) {
            return region.get(0);
        }
        return shortOfPlace.getOrDefault(placeKey(String.join(" ", region)), String.join(" ", region));
    }

    private List<String> after(List<Token> t, int from, List<String> person) {
        List<String> region = new ArrayList<>();
        int k = from;
        if (k < t.size() && t.get(k).isWord() && t.get(k).isCapitalized() && words.units().contains(t.get(k).lower())) {
            k++;
        }
        for (; k < t.size() && region.size() < MAX_REGION; k++) {
            Token x = t.get(k);
            Optional<Map.Entry<String, Integer>> m = acronyms.at(t, k);
            if (m.isPresent() && isPlace(m.get().getKey()) && region.isEmpty()) {
                return List.of(m.get().getKey());
            }
            boolean inside = x.isWord() && regionWord(x);
            if (!x.isWord() || !x.isCapitalized() || !places.contains(x.text()) && !inside || person.contains(x.text()) && !inside) {
                break;
            }
            region.add(x.text());
        }
        if (region.stream().anyMatch(places::contains)) {
            return region;
        }
        region.clear();
        for (k = from; k < t.size() && region.size() < MAX_REGION; k++) {
            Token x = t.get(k);
            if (!x.isWord() || x.isNumber() || !x.isCapitalized() || isTitle(x) || person.contains(x.text())) {
                break;
            }
            region.add(x.text());
        }
        boolean closed = k < t.size() && (isTitle(t.get(k)) || t.get(k).is(",")) && k + 1 < t.size();
        return closed ? region : openingRun(t, from);
    }

    /**
     * The region a head title's run of capitalised words opens with, the person's name after it, when the folder names
     * the place nowhere else ("Bupati Wetan Rina Wati" → "Wetan", "Lurah Rawa Kulon Selatan Eka Putri" → "Rawa Kulon
     * Selatan"): the run's first word, or up to its last region word within a region's length ({@code regionWords}:
     * "Utara", "DKI", "Kepulauan"), with two words or more left for the name — one after a region written with a region
     * word. A run of two words ("Bupati Rina Wati") is a name: empty.
     */
    private List<String> openingRun(List<Token> t, int from) {
        List<Token> run = new ArrayList<>();
        int k = from;
        if (k < t.size() && t.get(k).isWord() && t.get(k).isCapitalized() && words.units().contains(t.get(k).lower())) {
            k++;
        }
        for (; k < t.size() && run.size() <= MAX_REGION + MAX_NAME; k++) {
            Token x = t.get(k);
            if (!x.isWord() || x.isNumber() || !x.isCapitalized() || isTitle(x) && !regionWord(x)) {
                break;
            }
            run.add(x);
        }
        boolean ended = k == t.size() || t.get(k).isWord() && !t.get(k).isCapitalized() || t.get(k).is(",");
        if (run.isEmpty() || !ended || run.size() > MAX_REGION + MAX_NAME) {
            return List.of();
        }
        int end = regionWord(run.get(0)) && run.size() > 1 ? 2 : 1;
        for (int j = end; j < Math.min(run.size(), MAX_REGION); j++) {
            if (regionWord(run.get(j))) {
                end = j + 1;
            }
        }
        boolean marked = run.subList(0, end).stream().anyMatch(this::regionWord);
        int name = run.size() - end;
        if (name < 1 || name < 2 && !marked || regionWord(run.get(end - 1)) && end == 1) {
            return List.of();
        }
        return run.subList(0, end).stream().map(Token::text).toList();
    }

    /** A word inside a place's name ({@code regionWords}: "Utara", "DKI", "Kepulauan"). */
    private boolean regionWord(Token x) {
        return words.regionWords().contains(x.lower());
    }

    /** English puts the region before the title ("Sukamaju regent"): capitalised place words right before it. */
    private List<String> before(List<Token> t, int i) {
        List<String> region = new ArrayList<>();
        for (int k = i - 1; k >= 0 && region.size() < MAX_REGION; k--) {
            Token x = t.get(k);
            if (!x.isWord() || !x.isCapitalized() || words.roles().contains(x.lower())) {
                break;
            }
            if (!places.contains(x.text())) {
                return List.of();
            }
            region.add(0, x.text());
        }
        return region;
    }

    private boolean isTitle(Token x) {
        return words.titles().contains(x.lower()) || words.roles().contains(x.lower());
    }

    /**
     * A place word of the folder, or a short form the folder defines for a place ("Sumatera Barat
     * (Sumbar)", "Kabupaten Agam (KA)"): a region, never an institution. A short form of an institution
     * stays one even where the text puts it after "di". A long form opening with a place is a body named
     * after its country or region when most of its words are no place ("Wetan Divers Rescue Team (WDRT)"
     * in a folder that writes "in Wetan" is the team): {@link #placeWords}.
     */
    boolean isPlace(String id) {
        String longForm = acronyms.longOf(id).orElse(null);
        if (longForm == null) {
            return places.contains(id);
        }
        List<String> named = new ArrayList<>();
        for (String w : longForm.split(" ")) {
            if (!named.isEmpty() || !words.units().contains(w.toLowerCase(Locale.ROOT))) {
                named.add(w);
            }
        }
        if (named.isEmpty() || !places.contains(named.get(0)) || !placeWords(named)) {
            return false;
        }
        // A first word the folder writes only after a marker of where someone was names a building or a body as often as a
        // place ("di Pondok Pesantren X", "di Rumah Sakit X"): such a long form is a place's only when another word of it is.
        return !atOnly.contains(named.get(0)) || named.subList(1, named.size()).stream().anyMatch(this::placeWord);
    }

    /**
     * At least half the words of a long form, its units passed over, are the folder's places or words inside a place's
     * name (rules {@code regionWords}, English {@code placeWords}): "Jawa Kulon", "Nusa Tenggara Barat", not "Wetan
     * Corruption Watch".
     */
    private boolean placeWords(List<String> named) {
        long placed = named.stream().filter(this::placeWord).count();
        return 2 * placed >= named.size();
    }

    /** One of the folder's places, or a word inside a place's name (rules {@code regionWords}, English {@code placeWords}). */
    private boolean placeWord(String w) {
        return places.contains(w) || words.regionWords().contains(w.toLowerCase(Locale.ROOT))
                || words.placeWords().containsKey(w.toLowerCase(Locale.ROOT));
    }

    private String placeKey(String longForm) {
        List<String> kept = new ArrayList<>();
        for (String w : longForm.split(" ")) {
            if (kept.isEmpty() && words.units().contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            kept.add(w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", kept);
    }

    private static String joinLower(List<Token> t) {
        StringBuilder sb = new StringBuilder();
        t.forEach(x -> sb.append(sb.isEmpty() ? "" : " ").append(x.lower()));
        return sb.toString();
    }
}
