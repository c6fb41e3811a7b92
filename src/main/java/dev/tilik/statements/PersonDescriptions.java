package dev.tilik.statements;

import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Optional;

/**
 * Speaker phrases that describe a person named before rather than name one, read from the language's words alone
 * ({@link Lexicon}): a description made definite by a demonstrative or an English article ("Politikus Partai X ini",
 * "Jenderal bintang empat itu", "said the regent"), the name an English apposition gave such a description ("Sudewo,
 * the regent of Pati, …"), and a one-word name the article wrote right after a title ("Pati Regent Sudewo" … "Sudewo
 * insisted"). {@link StatementBuilder} resolves what they point at. Immutable.
 */
final class PersonDescriptions {
    private final Lexicon lex;

    PersonDescriptions(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * True when the speaker's words are a person described and made definite by a demonstrative closing them, with no
     * name: "Politikus Partai X ini", "Ketua Relawan Y (RY) itu" — a role word opening them, or a kind of organisation
     * opening a name after their first word (the person's party or body). A body so described ("Lembaga Kajian X ini",
     * "Perusahaan tekstil terbesar itu") is none: its first word is an organisation's, or no role and no organisation
     * follows. (The capitalised run of such words is no person's name, though {@code personName} reads one.) English
     * makes such a description definite by its article instead: "added the General Chair of the X Party" — an article in
     * lower case, then a title, and an organisation's kind in a capitalised name after it — is the person met before,
     * named by another office they hold; "the head of the agency", naming no organisation, is left as it is. A title and
     * lower-case words closed by a demonstrative ("Jenderal bintang empat itu") and a definite article before a role or
     * a head title with no name ("said the regent", {@link #definiteRole}) are the person named before too.
     */
    boolean describedPerson(List<Token> spoken) {
        List<Token> words = spoken.stream().filter(Token::isWord).toList();
        int n = words.size();
        if (n >= 4 && articleOpened(words)) {
            return organisationAfter(words, 2, n);
        }
        if (n >= 2 && n <= DEFINITE_WORDS && definiteRole(words)) {
            return true;
        }
        if (n < 3 || lex.demonstratives.at(words, n - 1, n).isEmpty()) {
            return false;
        }
        String head = words.get(0).lower();
        if (lex.organisationWords.contains(head) || lex.demonstratives.at(words, 0, 1).isPresent()) {
            return false;
        }
        return lex.roles.contains(head) || organisationAfter(words, 1, n - 1) || titledDescription(words);
    }

    /** Most capitalised words a name set off before an apposition may hold ("Rina Wati Saputri, the regent of …"). */
    private static final int APPOSED_NAME_WORDS = 3;

    /**
     * The person the article's words before the statement name, set off by a comma, right before the definite article
     * and the role or title closing {@code spoken} ("Sudewo, the regent of Pati, …" for "the regent"): the latest such,
     * the span of that name; empty when the description is no {@link #definiteRole} or none is written.
     */
    Optional<CharSpan> appositionName(List<Token> spoken, List<Token> before) {
        List<Token> words = spoken.stream().filter(Token::isWord).toList();
        if (words.size() < 2 || !definiteRole(words)) {
            return Optional.empty();
        }
        String head = words.get(words.size() - 1).lower();
        for (int i = before.size() - 2; i >= 2; i--) {
            Token article = before.get(i);
            if (!before.get(i + 1).lower().equals(head) || article.isCapitalized()
                    || !lex.definiteArticles.contains(article.lower()) || !before.get(i - 1).is(",")) {
                continue;
            }
            int from = i - 1;
            while (from > 0 && i - 1 - from < APPOSED_NAME_WORDS && before.get(from - 1).isWord()
                    && before.get(from - 1).isCapitalized() && !lex.isFunctionWord(before.get(from - 1))) {
                from--;
            }
            if (from == i - 1) {
                continue;
            }
            return Optional.of(new CharSpan(before.get(from).start(), before.get(i - 2).end()));
        }
        return Optional.empty();
    }

    /** Most words a definite English description of a person may hold, its article counted ("the Gerindra party chair"). */
    private static final int DEFINITE_WORDS = 4;

    /**
     * True when the words are a definite article and a person's role or a region's head title closing them, in lower
     * case, with no name ("said the regent", "The party's chairman said"): English points back at the person named
     * before; "the police", "the agency" close on a body's word, no role, and "a spokesman" is someone new.
     */
    private boolean definiteRole(List<Token> words) {
        Token first = words.get(0);
        Token last = words.get(words.size() - 1);
        return lex.definiteArticles.contains(first.lower()) && !last.isCapitalized()
                && (lex.roles.contains(last.lower()) || lex.headTitles.contains(last.lower()))
                && !lex.bodyKinds.contains(last.lower());
    }

    /**
     * True when the words before a closing demonstrative are a title and lower-case words describing its holder, with
     * no name and no body ("Jenderal bintang empat itu", "Bupati dua periode tersebut"): the person named before.
     */
    private boolean titledDescription(List<Token> words) {
        if (lex.titles.at(words, 0, 1).isEmpty() || lex.bodyKinds.contains(words.get(0).lower())) {
            return false;
        }
        for (int i = 1; i < words.size() - 1; i++) {
            if (words.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** True when the words open with an article in lower case followed by a title ("the General Chair …"). */
    private boolean articleOpened(List<Token> words) {
        Token first = words.get(0);
        return !first.isCapitalized() && lex.isFunctionWord(first)
                && lex.demonstratives.at(words, 0, 1).isEmpty()
                && lex.titles.at(words, 1, words.size()).isPresent();
    }

    /** True when a capitalised word naming a kind of organisation stands among the words from {@code from} to {@code to}. */
    private boolean organisationAfter(List<Token> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).isCapitalized() && lex.organisationWords.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the speaker, a person's one-word name ({@code StatementBuilder.oneName}), is one the article's words before the sentence
     * wrote right after a title ({@link #titledBefore}) and the article, {@code text}, never writes in lower case: "Sudewo insisted …"
     * after "Pati Regent Sudewo", never "Warga" or "Police", which copy also writes as common nouns.
     */
    boolean bareName(List<Token> speaker, List<Token> before, String text) {
        String name = speaker.get(0).text();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return titledBefore(name, before) && !lex.bodyKinds.contains(lower)
                && !dev.tilik.text.Chars.hasWord(text, lower);
    }

    /** Most words a title before a one-word name may have ({@link #titledBefore}). */
    private static final int TITLE_WORDS = 4;

    /**
     * True when the article's words before the sentence write {@code name} right after a title (rules {@code titles}):
     * "Pati Regent Sudewo", "Plt Sekda Riyoso datang". A word set after other capitalised words after the title is
     * as often the body the title is held in ("Kepala Global Greenpeace untuk …, Kiki Taufik") and is not taken.
     */
    private boolean titledBefore(String name, List<Token> before) {
        for (int i = 1; i < before.size(); i++) {
            if (before.get(i).text().equals(name) && !lex.isFunctionWord(before.get(i - 1))
                    && lex.titles.endingAt(before, Math.max(0, i - TITLE_WORDS), i).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
