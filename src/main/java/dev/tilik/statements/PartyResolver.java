package dev.tilik.statements;

import dev.tilik.rules.PartyRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Names a speaker's party from the aliases in {@code rules/parties.json}: longest alias first, whole
 * words only, acronyms in their exact case ("AS" never matches "as" or a word holding it). In each
 * co-speaker ("Seoul dan sekutunya, AS") the first alias that is not a modifier counts: an alias
 * after a scope word ("urusan Rusia", "di PBB") or in parentheses after another name ("(PBB)")
 * does not name the speaker. Co-speakers of different parties make a composite party: the ids
 * sorted alphabetically and joined by "+" ("ROK+US"). Immutable and thread-safe.
 */
final class PartyResolver {
    private final PhraseMatcher<String> aliases;
    private final Lexicon lex;

    PartyResolver(PartyRules rules, Lexicon lex) {
        Map<String, String> m = new HashMap<>();
        rules.parties().forEach((id, party) -> party.aliases().forEach(a -> m.putIfAbsent(a, id)));
        this.aliases = new PhraseMatcher<>(m, List.of());
        this.lex = lex;
    }

    /** The party named by the text in {@code [from, to)} of {@code text}, or empty. */
    Optional<String> partyOf(String text, int from, int to) {
        return partyOf(SpanTokens.none(text), from, to);
    }

    /** As {@link #partyOf(String, int, int)}, over an article's tokens made once. */
    Optional<String> partyOf(SpanTokens text, int from, int to) {
        // the words just after the range too, to tell a currency's country ("… sebesar US$ 8 miliar") from a party
        List<Token> read = text.of(from, Math.min(text.text().length(), to + AFTER));
        int end = 0;
        while (end < read.size() && read.get(end).end() <= to) {
            end++;
        }
        List<Token> tokens = read.subList(0, end);
        TreeSet<String> ids = new TreeSet<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean split = i == tokens.size()
                    || lex.conjunctions.at(tokens, i, i + 1).isPresent() && !tokens.get(i).isCapitalized();
            if (split) {
                first(read, start, i).ifPresent(ids::add);
                start = i + 1;
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(String.join("+", ids));
    }

    /** True when an alias of some party stands in {@code [from, to)} of the tokens. */
    boolean isAlias(List<Token> tokens, int i) {
        return aliases.at(tokens, i).isPresent();
    }

    /** Characters read past a range for a currency word after an alias in it. */
    private static final int AFTER = 12;

    /** The first party alias in tokens {@code [from, to)} that names a party; tokens past {@code to} only tell a currency. */
    private Optional<String> first(List<Token> tokens, int from, int to) {
        for (PhraseMatcher.Match<String> m : aliases.findAll(tokens, from, to)) {
            boolean scoped = m.from() > from
                    && lex.scopeWords.endingAt(tokens, Math.max(from, m.from() - 2), m.from()).isPresent();
            boolean parenthetical = m.from() > from && tokens.get(m.from() - 1).is("(");
            if (!scoped && !parenthetical && !ofCurrency(tokens, m, from)) {
                return Optional.of(m.value());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the alias names a currency's country, not a party: written right after a money word ("8 juta dolar AS",
     * "ringgit Malaysia"), right before one ("US dollar", "AS$") or as the first part of one ("US$"). A figure's
     * currency says nothing of whom a speaker speaks for (any story about money, ransoms, imports or aid).
     */
    private boolean ofCurrency(List<Token> tokens, PhraseMatcher.Match<String> m, int from) {
        return lex.currencies.at(tokens, m.from(), tokens.size()).filter(c -> c.to() > m.to()).isPresent()
                || lex.currencies.at(tokens, m.to(), tokens.size()).isPresent()
                || m.from() > from && lex.currencies.endingAt(tokens, Math.max(from, m.from() - 2), m.from()).isPresent();
    }

    /**
     * The person's name at the end of a speaker phrase: the last run of two or more capitalised
     * words that holds no party alias and no title ("Wakil Menteri Luar Negeri Kim Hong Kyun" →
     * "Kim Hong Kyun").
     */
    Optional<String> personName(String text, int from, int to) {
        return personName(SpanTokens.none(text), from, to);
    }

    Optional<String> personName(SpanTokens text, int from, int to) {
        List<Token> tokens = text.of(from, to);
        List<String> run = new ArrayList<>();
        List<String> best = List.of();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.isCapitalized() && !t.isNumber() && !isAlias(tokens, i) && !isAcronym(t)
                    && lex.titles.at(tokens, i, i + 1).isEmpty()) {
                run.add(t.text());
            } else {
                if (run.size() >= 2) {
                    best = List.copyOf(run);
                }
                run.clear();
            }
        }
        if (run.size() >= 2) {
            best = List.copyOf(run);
        }
        return best.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", best));
    }

    /**
     * True when the speaker phrase in {@code [from, to)} names an entity the party rules do not know:
     * a capitalised word after the first that is neither a title nor part of a party alias
     * ("Kementerian Luar Negeri Tiongkok" when no party has the alias "Tiongkok"). Such a speaker
     * is someone specific, so it must not inherit the party of an earlier speaker sharing its
     * title words ("Kementerian Luar Negeri Korut").
     */
    boolean namesUnknown(SpanTokens text, int from, int to) {
        List<Token> tokens = text.of(from, to);
        boolean[] known = new boolean[tokens.size()];
        for (PhraseMatcher.Match<String> m : aliases.findAll(tokens, 0, tokens.size())) {
            for (int i = m.from(); i < m.to(); i++) {
                known[i] = true;
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!known[i] && t.isWord() && t.isCapitalized() && !t.isNumber() && lex.titles.at(tokens, i, i + 1).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body an apposition set off after a speaker's name names by its short form ("Rina Wati, spokeswoman for the
     * National Cyber Agency, or BSSN, said" → "BSSN"): the first short form in capitals in it, as {@link #institutionOf}
     * reads one in a speaker phrase; empty when it holds none.
     */
    Optional<String> acronymOf(SpanTokens text, int from, int to) {
        return acronymIn(beforeScope(text.of(from, to)));
    }

    /** The first short form in capitals of six letters at most that is no title, rank or party alias. */
    private Optional<String> acronymIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isAcronym(t) && t.text().length() <= 6 && t.text().chars().allMatch(Character::isLetter)
                    && lex.titles.at(tokens, i, i + 1).isEmpty() && !isAlias(tokens, i)) {
                return Optional.of(t.text());
            }
        }
        return Optional.empty();
    }

    /**
     * The institution a speaker speaks for, from the text itself when no party alias names one
     * (any story): an acronym in the phrase that is not a title or rank ("Kepala Pelaksana BPBD
     * Sukamaju Rudi Hartono", "Badan … (BPBD) Kabupaten Sukamaju" → "BPBD"); else the office before
     * the person's name, from the first title word up to the name or the next title after a
     * non-title ("Bupati Sukamaju Sri Wahyuni" → "Bupati Sukamaju", "Kapolres Sukamaju AKBP Bambang
     * Sutrisno" → "Kapolres Sukamaju"); else, for a speaker with no name that opens with a title word,
     * the phrase itself ("Dinas Sosial"). Empty for a bare name or a description.
     */
    Optional<String> institutionOf(String text, int from, int to) {
        return institutionOf(SpanTokens.none(text), from, to);
    }

    Optional<String> institutionOf(SpanTokens text, int from, int to) {
        List<Token> tokens = beforeScope(text.of(from, to));
        Optional<String> acronym = acronymIn(tokens);
        if (acronym.isPresent()) {
            return acronym;
        }
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (lex.titles.at(tokens, i, i + 1).isPresent() && tokens.get(i).isCapitalized()) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        boolean nonTitleSeen = false;
        int capitalizedAfter = 0;
        for (int i = first; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.is(",") || !t.isCapitalized() && !lex.titles.at(tokens, i, i + 1).isPresent()
                    && !isConnective(t)) {
                break;
            }
            boolean title = lex.titles.at(tokens, i, i + 1).isPresent();
            if (title && nonTitleSeen) {
                break;
            }
            nonTitleSeen |= !title;
            words.add(t.text());
        }
        for (int i = first; i < tokens.size(); i++) {
            capitalizedAfter += tokens.get(i).isCapitalized() ? 1 : 0;
        }
        boolean named = personName(text, from, to).isPresent();
        if (named) {
            int nameWords = Math.min(2, words.size() - 1);
            if (words.size() - nameWords < 2 && nonTitleSeen) {
                return Optional.empty();
            }
            if (words.size() == capitalizedAfter) {
                words = words.subList(0, words.size() - nameWords);
            }
        }
        return words.size() >= 2 ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    /**
     * The speaker phrase up to its first scope word in lower case after a word that is no title: a body named after one
     * is where the speaker was, not whom they speak for ("Iwan di Kantor Kementerian Ketenagakerjaan", "Budi dalam rapat
     * di DPR"); after a title it is whom the title serves ("spokesperson for the ministry").
     */
    private List<Token> beforeScope(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapitalized() && lex.scopeWords.at(tokens, i, i + 1).isPresent()
                    && lex.titles.at(tokens, i - 1, i).isEmpty()) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    /** A lower-case word inside an office's name ("Dinas Pekerjaan Umum dan Penataan Ruang"). */
    private boolean isConnective(Token t) {
        return lex.conjunctions.at(List.of(t), 0, 1).isPresent();
    }

    /** True for a word of two capitals or more: a short form ("KDM", "BW"), never part of a person's name. */
    static boolean isAcronym(Token t) {
        return t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase);
    }
}
