package dev.tilik.statements;

import dev.tilik.text.CharSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A speaker named by a bare title ("Kapolres mengatakan", "Bupati tersebut menambahkan") after the article named
 * the one person holding it ("Kapolres Sukamaju AKBP Rina Wulandari"): the speaker is that person, named as the
 * article named them first, so the statement, and a pronoun after it, are hers rather than the office's. Two people
 * the article names with the title leave the bare title as it is. So does a title with its place and a demonstrative
 * ("Bupati Sukamaju ini") after the article named the one person holding both ({@link #placedTitle}). A holder the
 * article named only in its narration, as a sentence's object or a subject no statement was read from ("perintah
 * Presiden Rudi Hartono agar …"), is found in its words ({@link #namedBefore}).
 */
final class TitleHolders {
    private final Lexicon lex;

    TitleHolders(Lexicon lex) {
        this.lex = lex;
    }

    /** The person an earlier mention names with the bare title {@code spoken} is, or empty. */
    Optional<Discourse.Mention> holder(List<Token> spoken, List<Discourse.Mention> earlier) {
        String title = bareTitle(spoken);
        String placed = title == null ? placedTitle(spoken) : null;
        if (title == null && placed == null) {
            return Optional.empty();
        }
        Discourse.Mention found = null;
        for (Discourse.Mention m : earlier) {
            if (m.person() == null || !(title != null ? holds(m.speaker(), title) : holdsPlaced(m.speaker(), placed))) {
                continue;
            }
            if (found != null && !found.person().equals(m.person())) {
                return Optional.empty();
            }
            found = found == null ? m : found;
        }
        return Optional.ofNullable(found);
    }

    /** Most capitalised words after a title that {@link #namedBefore} reads as its holder's place and name. */
    static final int NAME_WORDS = 6;

    /**
     * The title and its holder's name where the article's words before the statement ({@code before}) write the bare
     * title {@code spoken} followed by capitalised words — a place and a name, set off by commas or not ("perintah
     * Presiden Rudi Hartono agar …", "akhirnya Bupati Wetan, Rudi, meminta maaf") — however the sentence uses them:
     * copy names an office's holder once in full, often as an object, then by the bare title. Empty when the
     * article writes no such holder, or two whose words are not one within the other (two people hold the title).
     *
     * @param person whether a title and the words after it name a person ({@code "Police Brutality"} does not)
     */
    Optional<CharSpan> namedBefore(List<Token> spoken, List<Token> before, Predicate<CharSpan> person) {
        String title = bareTitle(spoken);
        if (title == null) {
            return Optional.empty();
        }
        CharSpan found = null;
        Set<String> foundWords = Set.of();
        for (PhraseMatcher.Match<String> m : lex.titles.findAll(before, 0, before.size())) {
            if (!phrase(before, m.from(), m.to()).equals(title)) {
                continue;
            }
            int end = nameAfter(before, m.to());
            if (end == m.to() || !person.test(new CharSpan(before.get(m.from()).start(), before.get(end - 1).end()))) {
                continue;
            }
            Set<String> words = new HashSet<>();
            before.subList(m.to(), end).stream().filter(Token::isWord).forEach(t -> words.add(t.lower()));
            if (found != null && !foundWords.containsAll(words) && !words.containsAll(foundWords)) {
                return Optional.empty();
            }
            if (words.size() > foundWords.size()) {
                found = new CharSpan(before.get(m.from()).start(), before.get(end - 1).end());
                foundWords = words;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Most name words after a first name that {@link #firstNameBefore} reads as the rest of a full name. */
    static final int REST_WORDS = 3;

    /**
     * Where the words before the statement ({@code before}) write in full the person a title and a first name speak
     * for ("kata Menkeu Rina" after "Menteri Keuangan Rina Wati Saputri mengatakan …", "said Mr. Budi" after "Budi
     * Santoso, the agency's head, …"): the speaker is one to three capitalised words, then that first name, no title
     * itself; the text writes the first name followed by one to {@link #REST_WORDS} capitalised words that are no
     * title and end before a word in lower case, a comma, a full stop or a bracket (a headline's capitalised words run
     * on past them to its line's end), and never after the word the speaker writes before it (the speaker's words
     * written again before a name, "Polda Sukamaju" in "Polda Sukamaju Ari Wibowo", are a body and its place). The span
     * of the full name, the fullest when one holds the others; empty when none, or two that do not (two people of one
     * first name).
     *
     * @param person whether words name a person
     */
    Optional<CharSpan> firstNameBefore(List<Token> spoken, List<Token> before, Predicate<CharSpan> person) {
        List<Token> words = spoken.stream().filter(Token::isWord).toList();
        if (words.size() < 2 || words.size() > 4 || !words.stream().allMatch(Token::isCapitalized)) {
            return Optional.empty();
        }
        Token first = words.get(words.size() - 1);
        String said = words.get(words.size() - 2).lower();
        if (first.text().length() < 3 || first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))
                || lex.titles.at(words, words.size() - 1).isPresent()) {
            return Optional.empty();
        }
        CharSpan found = null;
        Set<String> foundWords = Set.of();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).text().equals(first.text()) || i > 0 && before.get(i - 1).lower().equals(said)) {
                continue; // "Polda Sukamaju" after "Polda Sukamaju Ari Wibowo": the word is the body's place, no first name
            }
            int end = i + 1;
            while (end < before.size() && end - i - 1 < REST_WORDS + 1 && before.get(end).isWord()
                    && before.get(end).isCapitalized() && !before.get(end).isNumber() && lex.titles.at(before, end).isEmpty()) {
                end++;
            }
            Token next = end < before.size() ? before.get(end) : null;
            boolean closed = next != null && (next.isWord() && !next.isCapitalized()
                    || next.is(",") || next.is(".") || next.is("("));
            CharSpan name = new CharSpan(before.get(i).start(), before.get(end - 1).end());
            if (end == i + 1 || end - i - 1 > REST_WORDS || !closed || !person.test(name)) {
                continue;
            }
            Set<String> nameWords = new HashSet<>();
            before.subList(i, end).forEach(t -> nameWords.add(t.lower()));
            if (found != null && !foundWords.containsAll(nameWords) && !nameWords.containsAll(foundWords)) {
                return Optional.empty();
            }
            if (nameWords.size() > foundWords.size()) {
                found = name;
                foundWords = nameWords;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The end of the capitalised words after a title at {@code from}, a comma after a one-word place passed ("Wetan,
     * Rudi"), never a comma after a name ("Rudi Hartono, Senin"): {@code from} itself when none follow or more than
     * {@link #NAME_WORDS} do (a body's name, no holder's).
     */
    private static int nameAfter(List<Token> tokens, int from) {
        int end = from;
        int words = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.isCapitalized() && !t.isNumber()) {
                words++;
                end = i + 1;
            } else if (!(t.is(",") && words == 1 && i == from + 1)) {
                break;
            }
        }
        return words > NAME_WORDS ? from : end;
    }

    /**
     * The title, in lower case, when the speaker's words are one title and nothing more but demonstratives around
     * it ("Bupati", "Bupati tersebut", "Wakil Menteri itu"); null otherwise.
     */
    String bareTitle(List<Token> spoken) {
        List<Token> words = spoken.stream().filter(Token::isWord)
                .filter(t -> lex.demonstratives.at(List.of(t), 0, 1).isEmpty()).toList();
        if (words.isEmpty()) {
            return null;
        }
        return lex.titles.at(words, 0, words.size()).filter(m -> m.to() == words.size())
                .map(m -> phrase(words, m.from(), m.to())).orElse(null);
    }

    /** Most capitalised words after a title that {@link #placedTitle} reads as the place it is held in. */
    static final int PLACE_WORDS = 3;

    /**
     * The title and the capitalised words after it, in lower case, when the speaker's words are a title, the
     * place it is held in and a demonstrative closing them ("Bupati Sukamaju ini", "Kapolres Wetan tersebut");
     * null otherwise. The demonstrative says a holder met before is meant, not the office.
     */
    String placedTitle(List<Token> spoken) {
        List<Token> words = spoken.stream().filter(Token::isWord).toList();
        int n = words.size() - 1;
        if (n < 2 || lex.demonstratives.at(words, n, n + 1).isEmpty()) {
            return null;
        }
        List<Token> named = words.subList(0, n);
        Optional<PhraseMatcher.Match<String>> t = lex.titles.at(named, 0, n);
        if (t.isEmpty() || t.get().to() == n || n - t.get().to() > PLACE_WORDS) {
            return null;
        }
        for (int i = t.get().to(); i < n; i++) {
            if (!named.get(i).isCapitalized() || lex.demonstratives.at(named, i, i + 1).isPresent()) {
                return null;
            }
        }
        return phrase(named, 0, n);
    }

    /** True when the speaker's words hold {@code placed} in a row and a name beside it ("Bupati Sukamaju Rina Wati", "Rina, Bupati Sukamaju"). */
    private boolean holdsPlaced(String speaker, String placed) {
        List<Token> words = Tokens.of(speaker, 0, speaker.length()).stream().filter(Token::isWord).toList();
        int n = placed.split(" ").length;
        for (int i = 0; i + n <= words.size(); i++) {
            if (words.size() > n && phrase(words, i, i + n).equals(placed)) {
                return true;
            }
        }
        return false;
    }

    /** True when the speaker holds the title as a title of its own, with more words than the title after it. */
    private boolean holds(String speaker, String title) {
        List<Token> words = Tokens.of(speaker, 0, speaker.length()).stream().filter(Token::isWord).toList();
        for (PhraseMatcher.Match<String> m : lex.titles.findAll(words, 0, words.size())) {
            if (m.to() < words.size() && phrase(words, m.from(), m.to()).equals(title)) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(List<Token> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(words.get(i).lower());
        }
        return b.toString();
    }
}
