package dev.tilik.statements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The passes of {@link Institutions} that read a speaker named by a bare title, a group's bare noun or a definite
 * description ("Bupati", "Keluarga", "the agency") as the one the article or the folder names more precisely.
 */
final class BackReferences {
    private final Institutions.Words words;
    private final Acronyms acronyms;
    private final Offices heads;
    /** An institution the folder defines, with or without its region. */
    private final Predicate<String> defined;

    /** A party that is a company ({@link Institutions#company}). */
    private final Predicate<String> company;
    /** The groups the rules' people nouns name ("warga", "keluarga"), made once, not once an article. */
    private final Set<String> groups;

    BackReferences(Institutions.Words words, Acronyms acronyms, Offices heads, Predicate<String> defined, Predicate<String> company) {
        this.words = words;
        this.acronyms = acronyms;
        this.heads = heads;
        this.defined = defined;
        this.company = company;
        this.groups = Set.copyOf(words.people().values());
    }

    /**
     * A speaker named by a bare title ("Bupati", "The minister", "Gubernur tersebut") is the one holder of that
     * title the article names: the statements whose speaker gives the title with more words ("Bupati Sukamaju
     * Rina Wulandari", "Marine Affairs Minister Darmawan") and has an institution; their one institution is the
     * bare title's, over any the article pass guessed that the folder does not define. Two holders with different
     * institutions give it none.
     */
    void titledBack(List<Statement> statements, Map<Statement, String> party) {
        for (Statement s : statements) {
            if (!party.containsKey(s) || party.get(s) != null && defined(party.get(s))) {
                continue;
            }
            String title = bareTitle(s.speaker());
            if (title == null) {
                continue;
            }
            Set<String> found = new TreeSet<>();
            for (Statement o : statements) {
                String p = party.get(o);
                if (o != s && p != null && bareTitle(o.speaker()) == null && Tokens.of(o.speaker(), 0, o.speaker().length()).stream()
                        .anyMatch(x -> x.isWord() && x.lower().equals(title))) {
                    found.add(p);
                }
            }
            if (found.size() == 1) {
                party.put(s, found.iterator().next());
            }
        }
    }

    /**
     * A speaker named by a group's bare noun ("Keluarga mengaku …", "the family") is the one group of that noun the
     * article names more precisely ("keluarga Rina"), else the one the folder names so more often than all the others
     * together; two such groups in the article, or none named most in the folder, give it none.
     */
    void groupBack(List<Statement> statements, List<Statement> folder, Map<Statement, String> party) {
        for (Statement s : statements) {
            String p = party.get(s);
            if (p == null || !groups.contains(p)) {
                continue;
            }
            Map<String, Integer> found = precise(p, statements, party);
            String one = found.size() == 1 ? found.keySet().iterator().next() : null;
            if (found.isEmpty()) {
                one = majority(precise(p, folder, party));
            }
            if (one != null) {
                party.put(s, one);
            }
        }
    }

    /**
     * A speaker named by a noun for a kind of body alone ("Pihak kepolisian", "polisi", "the police"; rules {@code bodyKinds})
     * who speaks for nothing yet is the body of that kind the article's other speakers speak for ("Polres Wetan"), the one
     * they name most when several; none in the article, the one the folder's speakers name more often than all the others
     * together.
     */
    void kindBack(List<Statement> statements, List<Statement> folder, Map<Statement, String> party) {
        for (Statement s : statements) {
            if (!party.containsKey(s)) {
                continue;
            }
            String placed = placedKind(s.speaker(), party.get(s), folder, party);
            if (placed != null) {
                party.put(s, placed);
                continue;
            }
            if (party.get(s) != null) {
                continue;
            }
            List<String> openings = kindOf(s.speaker());
            if (openings == null) {
                openings = rankKind(s.speaker());
            }
            if (openings == null) {
                continue;
            }
            Map<String, Integer> here = ofKind(openings, statements, party);
            String one = here.isEmpty() ? majority(ofKind(openings, folder, party)) : most(here);
            if (one != null) {
                party.put(s, one);
            }
        }
    }

    /**
     * How the short forms of the bodies open that the rank in the speaker phrase serves ("AKBP Rina", "Kabid Humas Kombes
     * Pol Rina" → the police's; "Kolonel Inf Budi" → the army's), or null: the words before the rank must be titles,
     * roles, names or a noun for a kind of body, so a lawyer's phrase ("kuasa hukum Aipda X") takes none.
     */
    private List<String> rankKind(String speaker) {
        List<Token> w = Tokens.of(speaker, 0, speaker.length()).stream().filter(Token::isWord).toList();
        for (Token x : w) {
            String kind = words.ranks().get(x.lower());
            if (kind != null) {
                return words.bodyKinds().get(kind);
            }
            if (!x.isCapitalized() && !words.titles().contains(x.lower()) && !words.roles().contains(x.lower())
                    && !words.bodyKinds().containsKey(x.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * A body named by its place in another language before a noun for its kind ("West Java police", "Bali Police
     * spokesperson Kombes …", rules {@code placeWords}: "West" → "Barat", "Java" → "Jawa"): the one body of that kind the
     * folder's speakers speak for whose place, its short form read as its long form ("Polda Jabar": "Jawa Barat"), is that
     * place in the first language, its words in any order; null when none or several, or when the speaker already speaks
     * for a body of another kind or with a place of its own ({@code current}: only none or the kind's bare body, "Polri").
     */
    private String placedKind(String speaker, String current, List<Statement> folder, Map<Statement, String> party) {
        List<Token> w = Tokens.of(speaker, 0, speaker.length()).stream().filter(Token::isWord).toList();
        int k = 0;
        while (k < w.size() && w.get(k).isCapitalized() && !words.bodyKinds().containsKey(w.get(k).lower())) {
            k++;
        }
        if (k == 0 || k == w.size() || !words.bodyKinds().containsKey(w.get(k).lower())
                || !words.placeWords().containsKey(w.get(0).lower()) && !heads.isPlace(w.get(0).text())) {
            return null;
        }
        List<String> openings = words.bodyKinds().get(w.get(k).lower());
        if (current != null && (current.contains(" ") || !openings.contains(current)) && !ownWords(current, w, k)) {
            return null;
        }
        Set<String> place = new TreeSet<>();
        for (Token x : w.subList(0, k)) {
            if (words.titles().contains(x.lower()) || words.roles().contains(x.lower())) {
                return null;
            }
            String first = words.placeWords().getOrDefault(x.lower(), x.text());
            if (!first.isEmpty()) {
                place.add(first.toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<String> found = new TreeSet<>();
        for (String q : ofKind(openings, folder, party).keySet()) {
            Set<String> named = new TreeSet<>();
            String[] parts = q.split(" ");
            for (int i = 1; i < parts.length; i++) {
                for (String x : acronyms.longOf(parts[i]).orElse(parts[i]).split(" ")) {
                    named.add(x.toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (named.equals(place)) {
                found.add(q);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * True when {@code current} is the placed kind's own words as the phrase writes them, place and kind noun and nothing
     * else ("North Maluku Police" read from "North Maluku Police spokesperson Rina"): a name in another language made of a place
     * and a kind is no body of its own, so the party read from those words stands for nothing the place's body does not.
     */
    private static boolean ownWords(String current, List<Token> w, int kind) {
        List<Token> c = Tokens.of(current, 0, current.length()).stream().filter(Token::isWord).toList();
        if (c.size() != kind + 1) {
            return false;
        }
        for (int i = 0; i <= kind; i++) {
            if (!c.get(i).lower().equals(w.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * How the short forms of the bodies of the kind the speaker phrase names alone open, or null when it names more. A
     * kind may be named by two words ("rumah sakit", rules {@code bodyKinds}), read before either alone.
     */
    private List<String> kindOf(String speaker) {
        List<Token> w = Tokens.of(speaker, 0, speaker.length()).stream().filter(Token::isWord).toList();
        List<String> kind = null;
        if (w.isEmpty() || w.size() > 3) {
            return null;
        }
        for (int i = 0; i < w.size(); i++) {
            Token x = w.get(i);
            List<String> k = i + 1 < w.size() ? words.bodyKinds().get(x.lower() + " " + w.get(i + 1).lower()) : null;
            if (k != null) {
                i++;
            } else {
                k = words.bodyKinds().get(x.lower());
            }
            if (k != null && kind == null) {
                kind = k;
            } else if (k != null || x.isCapitalized() && !words.titles().contains(x.lower()) && !words.suffixes().contains(x.lower())
                    || words.roles().contains(x.lower())) {
                return null;
            }
        }
        return kind;
    }

    /**
     * The statements' parties that are bodies of one kind (their first word one of {@code openings}; a legal form among
     * the openings, "PT", for a company however the folder names it, "Sinwet"), and how often.
     */
    private Map<String, Integer> ofKind(List<String> openings, List<Statement> statements, Map<Statement, String> party) {
        boolean companies = openings.stream().anyMatch(o -> words.suffixes().contains(o.toLowerCase(java.util.Locale.ROOT)));
        Map<String, Integer> found = new HashMap<>();
        statements.forEach(o -> {
            String q = party.get(o);
            if (q != null && (openings.contains(q.split(" ")[0]) || companies && company.test(q))) {
                found.merge(q, 1, Integer::sum);
            }
        });
        return found;
    }

    /** The key counted most, or null on a tie. */
    private static String most(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
                tie = false;
            } else if (e.getValue() == n) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The groups named more precisely than {@code group} ("keluarga Rina" for "keluarga") among the statements' parties, and how often. */
    private static Map<String, Integer> precise(String group, List<Statement> statements, Map<Statement, String> party) {
        Map<String, Integer> found = new HashMap<>();
        statements.forEach(o -> {
            String q = party.get(o);
            if (q != null && q.startsWith(group + " ")) {
                found.merge(q, 1, Integer::sum);
            }
        });
        return found;
    }

    /** The one title word of a speaker phrase that is only a title, an article or a demonstrative aside ("The minister" → minister), or null. */
    private String bareTitle(String speaker) {
        String title = null;
        for (Token x : Tokens.of(speaker, 0, speaker.length())) {
            if (!x.isWord() || words.demonstratives().contains(x.lower()) || words.suffixes().contains(x.lower())) {
                continue;
            }
            if (title != null || !words.titles().contains(x.lower()) || words.roles().contains(x.lower())) {
                return null;
            }
            title = x.lower();
        }
        return title;
    }

    /**
     * A body named by a definite description ("The agency", "kementerian tersebut"): the last institution
     * the article named before {@code before} whose name holds that noun ("National Nutrition Agency
     * (NNA)"), or null.
     */
    String described(List<Token> speaker, List<Token> text, int before) {
        List<Token> w = speaker.stream().filter(Token::isWord).toList();
        if (w.size() != 2) {
            return null;
        }
        boolean first = words.suffixes().contains(w.get(0).lower()) || words.demonstratives().contains(w.get(0).lower());
        boolean second = words.demonstratives().contains(w.get(1).lower());
        if (first == second) {
            return null;
        }
        String noun = (first ? w.get(1) : w.get(0)).lower();
        String found = null;
        for (int i = 0; i < text.size() && text.get(i).start() < before; i++) {
            Optional<Map.Entry<String, Integer>> m = acronyms.at(text, i);
            if (m.isEmpty()) {
                continue;
            }
            String id = m.get().getKey();
            List<Token> named = text.subList(i, i + m.get().getValue());
            String longForm = acronyms.longOf(id).orElse("");
            if (!isPlace(id) && (named.stream().anyMatch(x -> x.lower().equals(noun))
                    || java.util.Arrays.stream(longForm.split(" ")).anyMatch(x -> x.equalsIgnoreCase(noun)))) {
                found = id;
            }
            i += m.get().getValue() - 1;
        }
        return found;
    }

    private boolean defined(String party) {
        return defined.test(party);
    }

    private boolean isPlace(String id) {
        return heads.isPlace(id);
    }

    private static String majority(Map<String, Integer> counts) {
        return Carrying.majority(counts);
    }
}
