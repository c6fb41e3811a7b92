package dev.tilik.statements;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How two party ids are compared as institutions (the evaluation's party score): each part of a
 * composite ("A+B") on its own, case and punctuation aside, legal forms dropped ("PT Pertamina
 * (Persero)" = "Pertamina"), and a long form the folder defines read as its short form ("Kejaksaan
 * Agung" = "Kejagung", {@link Acronyms}). A part made only of role words ("VP Corporate", "Kepala")
 * names no institution and equals nothing. An extracted institution with its region where the gold
 * names none ("BPBD Sukamaju" for the gold's "BPBD", "Sukamaju" a place of the folder) names it more
 * precisely and counts; the other way round (the gold's "BPBD Sumbar", extracted "BPBD") does not.
 * A short form the folder joins to another by a slash ("Kementerian ATR/BPN") is that joined body, as
 * the folder pass reads it: "ATR" and "ATR/BPN" are one institution. One name written with its words in another
 * order ("DPR Komisi I", "Komisi I DPR") or spaced otherwise ("Kemenko Polhukam", "Kemenkopolhukam") is one
 * institution. A level of government written as its office or as its place ("Pemkec Cibalong", "Pemerintah Kecamatan
 * Cibalong", "Kecamatan Cibalong") is one body. Immutable.
 */
public final class PartyNames {
    private final Acronyms acronyms;
    private final Set<String> roles;
    private final Set<String> suffixes;
    private final Set<String> places;
    /** Each half of a slash-joined short form the folder writes ("ATR") to the whole ("ATR/BPN"). */
    private final Map<String, String> joined;
    /** Words a place's name opens with, lower case ("kabupaten"): a place written without one is still its short form. */
    private final Set<String> placeMarkers;
    /**
     * Words naming an organisation's kind, lower case ("partai", "dinas"): written before a name or left off, one body
     * ("Partai Gerindra", "Gerindra"; "Dinas Gulkarmat", "Gulkarmat").
     */
    private final Set<String> kinds;
    /**
     * The evaluation's reading only ({@link #sameBody}): each place the folder writes after a level word, lower case, to
     * the level it writes it with most ("sukamaju" → "kab" when "Kabupaten Sukamaju" outnumbers "Kota Sukamaju"; "" when
     * two levels are written as often).
     */
    private final Map<String, String> usualLevel;
    /** The evaluation's reading only: the level words, lower case ("kabupaten", "kota", "provinsi"); none otherwise. */
    private final Set<String> levels;

    PartyNames(Acronyms acronyms, Set<String> roles, Set<String> suffixes, Set<String> places, Map<String, String> joined) {
        this(acronyms, roles, suffixes, places, joined, Set.of());
    }

    PartyNames(Acronyms acronyms, Set<String> roles, Set<String> suffixes, Set<String> places, Map<String, String> joined,
               Set<String> placeMarkers) {
        this(acronyms, roles, suffixes, places, joined, placeMarkers, Set.of());
    }

    PartyNames(Acronyms acronyms, Set<String> roles, Set<String> suffixes, Set<String> places, Map<String, String> joined,
               Set<String> placeMarkers, Set<String> kinds) {
        this(acronyms, roles, suffixes, places, joined, placeMarkers, kinds, Map.of(), Set.of());
    }

    private PartyNames(Acronyms acronyms, Set<String> roles, Set<String> suffixes, Set<String> places, Map<String, String> joined,
                       Set<String> placeMarkers, Set<String> kinds, Map<String, String> usualLevel, Set<String> levels) {
        this.usualLevel = Map.copyOf(usualLevel);
        this.levels = Set.copyOf(levels);
        this.placeMarkers = Set.copyOf(placeMarkers);
        this.kinds = Set.copyOf(kinds);
        this.acronyms = acronyms;
        this.roles = Set.copyOf(roles);
        this.suffixes = Set.copyOf(suffixes);
        Set<String> lower = new java.util.HashSet<>();
        places.forEach(p -> lower.add(p.toLowerCase(Locale.ROOT)));
        this.places = Set.copyOf(lower);
        this.joined = Map.copyOf(joined);
    }

    /** Ids compared as sets of parts, case-insensitively, nothing more. */
    public static PartyNames plain() {
        return new PartyNames(Acronyms.none(), Set.of(), Set.of(), Set.of(), Map.of());
    }

    /** True when {@code extracted} names the institutions {@code gold} names. */
    public boolean same(String gold, String extracted) {
        if (gold == null || extracted == null) {
            return false;
        }
        Set<String> x = parts(gold);
        Set<String> y = parts(extracted);
        if (x.isEmpty() || x.contains("") || y.contains("") || x.size() != y.size()) {
            return false;
        }
        // A kind word is left off only against a name: "Partai Buruh" is no group of workers ("buruh").
        boolean gName = !gold.equals(gold.toLowerCase(Locale.ROOT));
        boolean eName = !extracted.equals(extracted.toLowerCase(Locale.ROOT));
        for (String g : x) {
            if (y.stream().noneMatch(e -> alike(g, e) || withRegion(g, e)
                    || eName && (alike(bare(g), e) || withRegion(bare(g), e))
                    || gName && (alike(g, bare(e)) || withRegion(g, bare(e))))) {
                return false;
            }
        }
        return true;
    }

    /** A comparable name with the kind word opening it left off ("partai gerindra" → "gerindra"); as it is otherwise. */
    private String bare(String normal) {
        String rest = afterKind(normal);
        return rest == null ? normal : rest;
    }

    /**
     * The party's name with the kind word opening it left off, when a name follows it ("Dinas Gulkarmat DKI Jakarta" →
     * "Gulkarmat DKI Jakarta"); empty otherwise.
     */
    java.util.Optional<String> withoutKind(String party) {
        return java.util.Optional.ofNullable(afterKind(party)).map(String::strip)
                .filter(rest -> !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)));
    }

    /**
     * What follows a kind word opening {@code name}, its case aside ("Partai Gerindra" → "Gerindra", "partai gerindra" →
     * "gerindra"), as written after the first space; null when no kind word opens it. {@link #bare} reads a comparable
     * (lower-case) name with it, {@link #withoutKind} a party as written, asking a name after it.
     */
    String afterKind(String name) {
        int space = name.indexOf(' ');
        return space > 0 && kinds.contains(name.substring(0, space).toLowerCase(Locale.ROOT)) ? name.substring(space + 1) : null;
    }

    /**
     * These names with the levels the folder writes its places with, for the evaluation's {@link #sameBody}: each
     * capitalised level word of {@code levels} ("kabupaten", "kota", lower case) followed by a capitalised word in
     * {@code texts} counts that place at that level; a place keeps the level it is written with most (a tie keeps none).
     */
    public PartyNames withUsualLevels(Set<String> levels, List<String> texts) {
        Map<String, Map<String, Integer>> counts = new java.util.HashMap<>();
        for (String text : texts) {
            List<Token> t = Tokens.of(text, 0, text.length());
            for (int i = 0; i + 1 < t.size(); i++) {
                Token marker = t.get(i);
                Token place = t.get(i + 1);
                if (marker.isWord() && marker.isCapitalized() && levels.contains(marker.lower()) && level(marker.lower()) != null
                        && place.isWord() && place.isCapitalized() && !levels.contains(place.lower())) {
                    counts.computeIfAbsent(place.lower(), k -> new java.util.HashMap<>()).merge(level(marker.lower()), 1, Integer::sum);
                }
            }
        }
        Map<String, String> usual = new java.util.HashMap<>();
        counts.forEach((place, byLevel) -> {
            int most = java.util.Collections.max(byLevel.values());
            List<String> top = byLevel.entrySet().stream().filter(x -> x.getValue() == most).map(Map.Entry::getKey).toList();
            usual.put(place, top.size() == 1 ? top.get(0) : "");
        });
        return new PartyNames(acronyms, roles, suffixes, places, joined, placeMarkers, kinds, usual, levels);
    }

    /**
     * The evaluation's party comparison: {@link #same}, or each part of one naming a part of the other once two ways of
     * writing one body are read as one: a level word before the body's place written or left off ("BPBD Kabupaten
     * Wetan", "BPBD Wetan"), and a place the folder writes long and short ("BPBD Jawa Kidul", "BPBD Jakid" beside the
     * folder's "Jawa Kidul (Jakid)"). Two levels written differ ("BPBD Kabupaten Wetan", "BPBD Kota Wetan"), and a place
     * written without its level is the level the folder writes it with most ({@link #withUsualLevels}): where the folder
     * writes "Kota Wetan" more than "Kabupaten Wetan", "BPBD Wetan" is the city's. Tilik's analysis never asks it.
     */
    public boolean sameBody(String gold, String extracted) {
        if (same(gold, extracted)) {
            return true;
        }
        if (gold == null || extracted == null) {
            return false;
        }
        List<String> x = rawParts(gold);
        List<String> y = rawParts(extracted);
        if (x.isEmpty() || x.size() != y.size()) {
            return false;
        }
        for (String g : x) {
            if (y.stream().noneMatch(e -> same(g, e) || levelAside(g, e))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two parts that are one body once each is read as its short form ({@link #shortForm}) and the level words inside it
     * ({@link #withUsualLevels}'s, after its first word, before a place) are set aside, when the levels written agree: both alike, or one left off
     * where the other is the place's usual level (or the folder writes the place with no level; none when it writes two as
     * often).
     */
    private boolean levelAside(String a, String b) {
        List<String> wa = new java.util.ArrayList<>();
        List<String> wb = new java.util.ArrayList<>();
        Map<String, String> la = innerLevels(shortForm(a), wa);
        Map<String, String> lb = innerLevels(shortForm(b), wb);
        if (!wa.equals(wb)) {
            return false;
        }
        java.util.Set<String> placesNamed = new java.util.HashSet<>(la.keySet());
        placesNamed.addAll(lb.keySet());
        for (String place : placesNamed) {
            String p = la.get(place);
            String q = lb.get(place);
            String written = p == null ? q : p;
            if (p != null && q != null ? !p.equals(q) : usualLevel.containsKey(place) && !usualLevel.get(place).equals(written)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a short form ({@code lower}, one space apart) into {@code words}, a level word after the first word and
     * before another left out (with a full stop after it, "kab ."); returns each place so marked to its level's key.
     */
    private Map<String, String> innerLevels(String lower, List<String> words) {
        String[] w = lower.split(" ");
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < w.length; i++) {
            int next = i + 1 < w.length && w[i + 1].equals(".") ? i + 2 : i + 1;
            if (i > 0 && next < w.length && levels.contains(w[i]) && level(w[i]) != null && level(w[next]) == null && Character.isLetter(w[next].charAt(0))) {
                out.put(w[next], level(w[i]));
                i = next - 1;
                continue;
            }
            words.add(w[i]);
        }
        return out;
    }

    /**
     * True when two parties name one body written two ways: the same words once a long form the folder defines or
     * blends is read as its short form ("Kabid Humas Polda Jawa Barat" and "Kabid Humas Polda Jabar", "Kabupaten
     * Sukamaju" beside the folder's "Kab. Sukamaju (KS)"), or {@link #same} either way round.
     */
    public boolean oneBody(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return shortForm(a).equals(shortForm(b)) || same(a, b) || same(b, a);
    }

    /**
     * A party's words, each long form the folder defines read as its short form, lower case, one space apart; a place
     * written without the marker its defined long form opens with is read as its short form too ("Dinas Kesehatan Bandung
     * Barat" → "dinkes kbb" beside "Dinas Kesehatan (Dinkes)" and "Kabupaten Bandung Barat (KBB)").
     */
    String shortForm(String party) {
        List<Token> t = Tokens.of(party, 0, party.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            java.util.Optional<Map.Entry<String, Integer>> m = acronyms.at(t, i);
            if (m.isEmpty() && !placeMarkers.isEmpty()) {
                m = acronyms.openPlaceAt(t, i, placeMarkers);
            }
            String word = m.map(Map.Entry::getKey).orElse(t.get(i).text());
            if (m.isPresent()) {
                i += m.get().getValue() - 1;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(word.toLowerCase(Locale.ROOT));
        }
        return government(sb.toString());
    }

    /**
     * A level of government written as its office or as its place, one body: "Pemerintah Kabupaten Wetan", "Kabupaten
     * Wetan", "Kab. Wetan" and "Pemkab Wetan" are all "pemkab wetan"; "Pemdes Sagara" is "Desa Sagara", "Pemkot" is
     * "Kota", "Pemprov" is "Provinsi". The levels are the place markers ({@code placeMarkers}: "Kabupaten", "Kota",
     * "Kecamatan", "Desa", …), and Indonesian blends each as "Pem" and the marker's opening letters. {@code lower}: a
     * party's words, lower case, one space apart; as it is when it opens with no level and a name.
     */
    private String government(String lower) {
        String[] w = lower.split(" ");
        String level = null;
        int name = 1;
        if (w.length >= 3 && w[0].equals("pemerintah") && level(w[1]) != null) {
            level = level(w[1]);
            name = 2;
        } else if (w.length >= 2 && level(w[0]) != null) {
            level = level(w[0]);
        } else if (w.length >= 2 && w[0].startsWith("pem") && w[0].length() >= 6) {
            level = blended(w[0].substring(3));
        }
        if (level == null) {
            return lower;
        }
        return "pem" + level + " " + String.join(" ", java.util.Arrays.asList(w).subList(name, w.length));
    }

    /** A place marker of three letters or more written whole ("kabupaten", "kab"): its level's key, its opening three letters. */
    private String level(String word) {
        return word.length() >= 3 && placeMarkers.contains(word) ? word.substring(0, 3) : null;
    }

    /** The letters after "pem" when they open a place marker ("kab", "prov", "des"): that level's key. */
    private String blended(String letters) {
        for (String m : placeMarkers) {
            if (m.length() >= 3 && m.startsWith(letters)) {
                return m.substring(0, 3);
            }
        }
        return null;
    }

    /**
     * One name written two ways: the same words in another order ("DPR Komisi I", "Komisi I DPR": a unit of a body
     * named before or after it) or the same letters spaced or punctuated otherwise ("Kemenko Polhukam", "Kemenkopolhukam";
     * a brand written as its web address, "Wetan.net", or without its dot, "Wetannet").
     */
    private static boolean alike(String g, String e) {
        if (g.equals(e) || letters(g).equals(letters(e))) {
            return true;
        }
        List<String> a = new java.util.ArrayList<>(List.of(g.split(" ")));
        List<String> b = new java.util.ArrayList<>(List.of(e.split(" ")));
        java.util.Collections.sort(a);
        java.util.Collections.sort(b);
        return a.equals(b);
    }

    /** A name's letters and digits alone: spaces and the punctuation inside a word aside ("Wetan.net" = "Wetannet"). */
    private static String letters(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** {@code e} is {@code g} followed by place words only ("bpbd sukamaju" for "bpbd"). */
    private boolean withRegion(String g, String e) {
        if (!e.startsWith(g + " ")) {
            return false;
        }
        for (String w : e.substring(g.length() + 1).split(" ")) {
            if (!places.contains(w) && !acronyms.longOf(acronymCase(w)).map(l -> places.contains(l.split(" ")[0].toLowerCase(Locale.ROOT))).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    private String acronymCase(String lower) {
        return acronyms.idOf(lower).orElse(lower);
    }

    private Set<String> parts(String party) {
        Set<String> out = new TreeSet<>();
        rawParts(party).forEach(p -> out.add(normal(p)));
        return out;
    }

    /** A composite's parts as written ("A+B" → "A", "B"), blank ones left out. */
    private static List<String> rawParts(String party) {
        return java.util.Arrays.stream(party.split("\\+")).filter(p -> !p.isBlank()).toList();
    }

    /** One institution's comparable form; "" for a role alone. */
    private String normal(String part) {
        List<Token> t = Tokens.of(part, 0, part.length());
        StringBuilder sb = new StringBuilder();
        boolean institution = false;
        for (Token x : t) {
            if (!x.isWord() || suffixes.contains(x.lower())) {
                continue;
            }
            institution |= !roles.contains(x.lower()) && !acronyms.isRole(x.text());
            sb.append(sb.isEmpty() ? "" : " ").append(x.text());
        }
        if (!institution) {
            return "";
        }
        String words = sb.toString();
        String id = acronyms.idOf(words).orElse(words);
        return government(joined.getOrDefault(id, id).replace('/', ' ').toLowerCase(Locale.ROOT));
    }
}
