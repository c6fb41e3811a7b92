package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ministry a speaker's title or portfolio stands for, in the folder's own short forms ("Menteri Kelautan dan
 * Perairan" → KKP when the folder defines it, "Menaker" → Kemnaker), and the bodies a speaker phrase names at one
 * token: a defined institution, or a minister's one-word title standing for a ministry. Part of {@link Institutions}.
 */
final class Ministries {
    private final Institutions.Words words;
    private final Acronyms acronyms;
    private final Offices heads;
    /** Whether the folder defines a short form as a ministry's ({@link #definesMinistry}), by short form, read once each. */
    private final Map<String, Boolean> namesMinistry = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each portfolio's short form a minister's title was read before, to its ministry ("BUMN" → "Kementerian BUMN"). */
    private final Map<String, String> portfolios = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The coordinating ministry {@link #coordinating} made from a title's bracketed short form, by the first word of the
     * portfolio written before it, lower case ("hukum" → Kemenkopolkam): the same title cut short elsewhere ("Menteri
     * Koordinator Bidang Hukum" before a comma) is that ministry.
     */
    private final Map<String, String> coordinated = new HashMap<>();
    /** A portfolio's words, a division word opening them ("Bidang") and the connectives ending them left out. */
    private List<String> portfolio(List<String> written) {
        List<String> out = new ArrayList<>(written);
        while (!out.isEmpty() && words.connectives().contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT))) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && words.divisionWords().contains(out.get(0).toLowerCase(Locale.ROOT))) {
            out.remove(0);
        }
        return out;
    }

    /** How the rules write a coordinating ministry's short form ("Kemenko"): the forms of the ministers' titles of two words. */
    private final Set<String> coordinatingForms = new java.util.HashSet<>();

    Ministries(Institutions.Words words, Acronyms acronyms, Offices heads) {
        words.ministers().forEach((title, form) -> {
            if (title.indexOf(' ') > 0) {
                coordinatingForms.add(form);
            }
        });
        this.words = words;
        this.acronyms = acronyms;
        this.heads = heads;
    }

    /**
     * The ministry a portfolio stands for as a speaker's institution, in the folder's short form: "KP" (Kelautan
     * dan Perairan, the portfolio of "Menteri Kelautan dan Perairan (KP) Darmawan") is KKP when the folder names
     * "Kementerian Kelautan dan Perairan" by that short form; a portfolio speaks for nothing but its ministry.
     * Any other institution is itself.
     */
    String ministry(String party) {
        for (String body : words.ministries()) {
            Optional<String> id = acronyms.idOf(body + " " + acronyms.longOf(party).orElse(party));
            if (id.isPresent()) {
                return id.get();
            }
        }
        String ministry = ministryOfMinister(party, acronyms.longOf(party).orElse(party));
        return ministry == null ? party : ministry;
    }

    /**
     * The ministry a minister's portfolio stands for where the folder defines the portfolio's short form as the
     * portfolio alone ("Menteri Badan Usaha Milik Negara (BUMN)"), never as a ministry: a speaker phrase writing a
     * minister's title (rules {@code ministers}: "Menteri") right before the short form or its long form ("Menteri BUMN
     * Budi", "Staf Khusus Menteri BUMN Rudi") speaks for "Kementerian" + the short form, as Indonesian names a minister
     * by the portfolio the ministry is named by. Any other party, one the folder already reads as a ministry ("Menteri KKP"
     * beside "Kementerian Kelautan dan Perikanan (KKP)"), and a short form with no minister's title before it ("Serikat
     * Pekerja BUMN"), is itself.
     */
    String ofPortfolio(List<Token> t, String party, List<List<Token>> texts) {
        if (party == null || party.contains(" ") || !ministry(party).equals(party) || words.ministries().isEmpty()) {
            return party;
        }
        String longForm = acronyms.longOf(party).orElse(party);
        String opening = longForm.split(" ")[0];
        if (words.ministries().contains(opening.toLowerCase(Locale.ROOT))
                || namesMinistry.computeIfAbsent(party, x -> definesMinistry(x, longForm, texts))) {
            return party; // the folder names the ministry by this short form too ("Kementerian Energi … (ESDM)")
        }
        for (int i = 1; i < t.size(); i++) {
            String word = t.get(i).text();
            if ((word.equals(party) || word.equals(opening)) && words.ministers().containsKey(t.get(i - 1).lower())) {
                String body = words.ministries().stream().sorted().findFirst().orElseThrow();
                String ministry = Character.toUpperCase(body.charAt(0)) + body.substring(1) + " " + party;
                portfolios.put(party, ministry);
                return ministry;
            }
        }
        return party;
    }

    /**
     * The ministry {@link #ofPortfolio} read for a portfolio's short form under a minister's title somewhere in the folder,
     * for a party that is that short form alone given to a {@code speaker} whose own phrase does not write it (the office
     * the article read for "Erick" under "Menteri BUMN Erick Thohir"); a phrase writing the short form without the title
     * ("Ketua Serikat Pekerja BUMN Joko") keeps it, and any other party is itself.
     */
    String portfolio(String party, String speaker) {
        String ministry = portfolios.get(party);
        if (ministry == null) {
            return party;
        }
        String opening = acronyms.longOf(party).orElse(party).split(" ")[0];
        boolean written = Tokens.of(speaker, 0, speaker.length()).stream()
                .anyMatch(x -> x.text().equals(party) || x.text().equals(opening));
        return written ? party : ministry;
    }

    /** True when a text writes a ministry's word, the long form and the short form after it: "Kementerian Energi … (ESDM)". */
    private boolean definesMinistry(String shortForm, String longForm, List<List<Token>> texts) {
        List<String> written = new ArrayList<>(List.of(longForm.split(" ")));
        written.addAll(List.of("(", shortForm, ")"));
        for (List<Token> text : texts) {
            for (int i = 0; i + written.size() < text.size(); i++) {
                if (!words.ministries().contains(text.get(i).lower())) {
                    continue;
                }
                int k = 0;
                while (k < written.size() && text.get(i + 1 + k).text().equals(written.get(k))) {
                    k++;
                }
                if (k == written.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The ministry a minister speaks for, from the minister's title ({@code longForm}: "Menteri Ketenagakerjaan", "Wakil
     * Menteri Perdagangan") and the short form the folder gives it ({@code shortForm}: "Menaker", "Wamendag"), roles aside:
     * the ministry the folder names "Kementerian" + the portfolio, else the one it names by the rest of the short form after
     * the minister prefix ("Menaker" → Kemnaker, {@link #ministryEndingIn}), else the ministry's short form made from the
     * minister's (rules {@code ministers}: "Mendag" → "Kemendag"; the title written as one word among the portfolio's, too:
     * "Menkopolhukam" → "Kemenkopolhukam"), else "Kementerian" + the portfolio. A title opening with
     * the ministry's own word ("Wakil Kementerian Ketenagakerjaan") is that ministry when the folder names it. Null when
     * the title names no minister.
     */
    private String ministryOfMinister(String shortForm, String longForm) {
        List<String> w = new ArrayList<>(List.of(longForm.split(" ")));
        while (!w.isEmpty() && words.roles().contains(w.get(0).toLowerCase(Locale.ROOT))) {
            w.remove(0);
        }
        if (w.size() < 2) {
            return null;
        }
        String first = w.get(0).toLowerCase(Locale.ROOT);
        if (words.ministries().contains(first)) {
            return acronyms.idOf(String.join(" ", w)).orElse(null);
        }
        String prefix = words.ministers().get(first);
        if (prefix == null) {
            return null;
        }
        String coordinating = words.ministers().get(first + " " + w.get(1).toLowerCase(Locale.ROOT));
        if (coordinating != null && w.size() > 2) {
            // "Menteri Koordinator Bidang Perekonomian": the coordinating ministry, its portfolio after the division word
            List<String> rest = portfolio(w.subList(2, w.size()));
            String made = madeFromTitles(shortForm, prefix);
            made = made != null || rest.isEmpty() ? made : coordinated.get(rest.get(0).toLowerCase(Locale.ROOT));
            return made != null ? made : rest.isEmpty() ? null : coordinating + " " + String.join(" ", rest);
        }
        String portfolio = String.join(" ", w.subList(1, w.size()));
        for (String body : words.ministries()) {
            Optional<String> id = acronyms.idOf(body + " " + portfolio);
            if (id.isPresent()) {
                return id.get();
            }
        }
        String made = madeFromTitles(shortForm, prefix);
        if (made != null) {
            return made;
        }
        return words.ministries().stream().sorted().findFirst()
                .map(body -> Character.toUpperCase(body.charAt(0)) + body.substring(1) + " " + portfolio).orElse(null);
    }

    /**
     * The ministry the short form, or a one-word title among its words, stands for ("Menteri Bidang Politik … Menkopolhukam"
     * → Kemenkopolhukam): {@link #madeFromTitle}; the words a short form of several writes after its title's are the
     * ministry's too ("Menko PW" → "Kemenko PW"). Null when no word is such a title.
     */
    private String madeFromTitles(String shortForm, String prefix) {
        String[] shortWords = shortForm.split(" ");
        for (int k = 0; k < shortWords.length; k++) {
            String made = madeFromTitle(shortWords[k], prefix);
            if (made != null) {
                String after = String.join(" ", List.of(shortWords).subList(k + 1, shortWords.length));
                return made.startsWith(prefix) && !after.isEmpty() ? made + " " + after : made;
            }
        }
        return null;
    }

    /**
     * The ministry a minister's title written as one word stands for ({@code word}: "Mendag", "Menko", "Wamenaker"): the one
     * the folder names by a short form ending in what follows the minister prefix ({@link #ministryEndingIn}), else
     * {@code prefix} and that rest ("Kemen" + "dag"); null when the word is no such title.
     */
    private String madeFromTitle(String word, String prefix) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String p : words.ministerPrefixes()) {
            int at = lower.indexOf(p);
            if (!words.ministers().containsKey(lower) && at >= 0 && at <= 2 && lower.length() >= at + p.length() + 2
                    && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(at + p.length()))) {
                String rest = lower.substring(at + p.length());
                String found = ministryEndingIn(rest);
                return found != null ? found : prefix + rest;
            }
        }
        return null;
    }

    /**
     * The ministry a speaker phrase names by a minister's title of two words (rules {@code ministers}: "Menteri Koordinator"
     * → "Kemenko", a coordinating minister), in the folder's words: the title's own short form written in brackets after its
     * portfolio made the ministry's ("Menteri Koordinator Bidang Hukum, Politik, dan Keamanan (Menkopolkam)" → Kemenkopolkam,
     * "(Menko PW)" → Kemenko PW), else the short form the rules give the title and the portfolio, a division word opening it
     * ("Bidang", rules {@code divisionWords}) and the commas inside it left out ("Juru Bicara Menteri Koordinator Bidang
     * Perdagangan Sari Dewi" → Kemenko Perdagangan), the person's name no part of it: it opens at a word the folder's
     * speakers are named by alone ({@code names}: "Sari"), else where the phrase's {@code person} does. Null when the phrase
     * writes no such title.
     */
    String coordinating(List<Token> t, List<String> person, Set<String> names) {
        return coordinating(t, person, names, false);
    }

    /**
     * Reads every coordinating minister's title the folder's {@code texts} write with its short form in brackets, for the
     * same title cut short elsewhere ({@link #ministryOfMinister}); in folder order, before any speaker is read.
     */
    void readCoordinated(List<List<Token>> texts) {
        for (List<Token> t : texts) {
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.get(i).isCapitalized() && words.ministers().containsKey(t.get(i).lower() + " " + t.get(i + 1).lower())) {
                    coordinating(t.subList(i, t.size()), List.of(), Set.of(), true);
                }
            }
        }
    }

    private String coordinating(List<Token> t, List<String> person, Set<String> names, boolean remember) {
        for (int i = 0; i + 1 < t.size(); i++) {
            String prefix = t.get(i).isCapitalized() ? words.ministers().get(t.get(i).lower() + " " + t.get(i + 1).lower()) : null;
            int from = i + 2;
            if (prefix == null && coordinatingForms.contains(t.get(i).text())) {
                prefix = t.get(i).text(); // the ministry written by its own short form ("Kemenko Perdagangan mengatakan …")
                from = i + 1;
            }
            if (prefix == null) {
                continue;
            }
            List<String> portfolio = new ArrayList<>();
            boolean named = false;
            for (int k = from; k < t.size(); k++) {
                Token x = t.get(k);
                if (x.is("(")) {
                    int close = k + 1;
                    while (close < t.size() && !t.get(close).is(")")) {
                        close++;
                    }
                    List<String> shortForm = t.subList(k + 1, Math.min(close, t.size())).stream().map(Token::text).toList();
                    String base = words.ministers().get(t.get(i).lower());
                    String made = base == null || shortForm.isEmpty() ? null : madeFromTitle(shortForm.get(0), base);
                    if (made != null) {
                        String after = String.join(" ", shortForm.subList(1, shortForm.size()));
                        made = acronyms.idOf(made.startsWith(base) && !after.isEmpty() ? made + " " + after : made).orElse(made);
                        List<String> rest = portfolio(portfolio);
                        if (remember && !rest.isEmpty()) {
                            coordinated.putIfAbsent(rest.get(0).toLowerCase(Locale.ROOT), made);
                        }
                        return made;
                    }
                    break;
                }
                if (x.is(",")) {
                    continue;
                }
                named = x.isWord() && names.contains(x.text());
                if (!x.isWord() || named || !x.isCapitalized() && !words.connectives().contains(x.lower())) {
                    break;
                }
                portfolio.add(x.text());
            }
            int name = named || person.isEmpty() ? -1 : portfolio.indexOf(person.get(0));
            List<String> rest = portfolio(name < 0 ? portfolio : portfolio.subList(0, name));
            return rest.isEmpty() ? null : prefix + " " + String.join(" ", rest);
        }
        return null;
    }

    /**
     * The ministry a speaker phrase names by a minister's title or a ministry's name written in another language's words
     * ("Indonesia's transport ministry", "Deputy Minister of Manpower", "… at the Ministry of Energy and Mineral Resources"):
     * its portfolio's words in the first language (rules {@code portfolios}) picked out the one ministry the folder
     * defines whose long form holds the most of them ("Kementerian Perhubungan (Kemenhub)" → Kemenhub); null when the
     * phrase names no minister or ministry, the words no defined ministry, or two ministries as many.
     */
    String named(List<Token> t) {
        if (words.ministerWords().isEmpty() || t.stream().noneMatch(x -> words.ministerWords().contains(x.lower()))) {
            return null;
        }
        Set<String> wanted = new java.util.LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            for (int n = 2; n >= 1; n--) {
                if (i + n > t.size()) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                t.subList(i, i + n).forEach(x -> key.append(key.isEmpty() ? "" : " ").append(x.lower()));
                String word = words.portfolios().get(key.toString());
                if (word != null) {
                    wanted.add(word.toLowerCase(Locale.ROOT));
                    i += n - 1;
                    break;
                }
            }
        }
        if (wanted.isEmpty()) {
            return null;
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (String id : new java.util.TreeSet<>(acronyms.ids())) {
            String longForm = acronyms.longOf(id).orElse("");
            List<String> lw = List.of(longForm.toLowerCase(Locale.ROOT).split(" "));
            // A ministry's name, or a portfolio named alone, opening with one of the words ("Menteri Energi … (ESDM)"): never
            // another body holding them ("Dinas Perhubungan").
            String one = lw.isEmpty() ? null : words.ministries().contains(lw.get(0)) ? acronyms.idOf(longForm).orElse(id)
                    : wanted.contains(lw.get(0)) ? ministry(id) : null;
            if (one == null) {
                continue;
            }
            int held = (int) wanted.stream().filter(lw::contains).count();
            if (held > most) {
                best = one;
                most = held;
                tie = false;
            } else if (held == most && held > 0 && !one.equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** A defined institution starting at token {@code i} ({@link Acronyms#at}), or a one-word minister's title standing for one. */
    Optional<Map.Entry<String, Integer>> bodyAt(List<Token> t, int i) {
        Optional<Map.Entry<String, Integer>> m = acronyms.at(t, i);
        if (m.isPresent()) {
            return m;
        }
        String ministry = ministerial(t.get(i));
        if (ministry == null && acronyms.isRole(t.get(i).text())) {
            // A minister's short form the folder defines as a title ("Wakil Menteri Ketenagakerjaan (Wamenaker)").
            ministry = acronyms.roleLongOf(t.get(i).text()).map(l -> ministryOfMinister(t.get(i).text(), l)).orElse(null);
        }
        return ministry == null ? Optional.empty() : Optional.of(Map.entry(ministry, 1));
    }

    /**
     * The ministry a minister's title written as one word speaks for: a minister prefix and the rest of the word
     * ("Menkominfo": "Men" + "kominfo"), the rest being a short form the folder defines ("Kominfo") or the end of
     * one it defines for a ministry ("Kemenkominfo", whose long form opens with "Kementerian"); null otherwise.
     */
    String ministerial(Token x) {
        if (!x.isWord() || !x.isCapitalized() || words.ministerPrefixes().isEmpty()) {
            return null;
        }
        for (String p : words.ministerPrefixes()) {
            if (x.text().length() < p.length() + 2 || !x.lower().startsWith(p) || !Character.isLowerCase(x.text().charAt(p.length()))) {
                continue;
            }
            String rest = x.lower().substring(p.length());
            Optional<String> id = acronyms.idOf(rest);
            if (id.isPresent() && !isPlace(id.get())) {
                return id.get();
            }
            String found = ministryEndingIn(rest);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The one ministry the folder names by a short form ending in {@code rest}, lower case ("aker": Kemnaker), or null. */
    private String ministryEndingIn(String rest) {
        String found = null;
        for (String other : acronyms.ids()) {
            String longForm = acronyms.longOf(other).orElse("");
            boolean ministry = words.ministries().stream().anyMatch(w -> longForm.toLowerCase(Locale.ROOT).startsWith(w + " "));
            if (ministry && other.length() > rest.length() && other.toLowerCase(Locale.ROOT).endsWith(rest)) {
                if (found != null && !found.equals(other)) {
                    return null;
                }
                found = other;
            }
        }
        return found;
    }

    private boolean isPlace(String id) {
        return heads.isPlace(id);
    }
}
