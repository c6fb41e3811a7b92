package dev.tilik.statements;

import dev.tilik.text.Chars;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The short forms a folder defines in brackets right after a body's long form, a region after the brackets, that
 * {@link Acronyms} does not read because their letters come from inside the long form's words ("Dinas Penanggulangan
 * Kebakaran dan Penyelamatan (Gulkarmat) DKI Jakarta"): such a short form is a body the folder defines, and in a speaker
 * phrase it is the body, not the region's acronym after it ("DKI") nor the long form cut at its connective. Read once
 * per folder by {@link Institutions}, before the speakers.
 */
final class BracketedBodies {
    private final Institutions.Words words;
    private final Acronyms acronyms;
    private final Set<String> places;
    private final Predicate<String> isPlace;
    private final Predicate<String> nickname;
    private final BiPredicate<List<Token>, Integer> scoped;
    private final Set<String> defined = new HashSet<>();

    BracketedBodies(Institutions.Words words, Acronyms acronyms, Set<String> places, Predicate<String> isPlace,
                    Predicate<String> nickname, BiPredicate<List<Token>, Integer> scoped) {
        this.words = words;
        this.acronyms = acronyms;
        this.places = places;
        this.isPlace = isPlace;
        this.nickname = nickname;
        this.scoped = scoped;
    }

    /** Reads the folder's texts for the short forms {@link #at} finds. */
    void read(List<List<Token>> texts) {
        for (List<Token> t : texts) {
            for (int i = 2; i + 3 < t.size(); i++) {
                if (at(t, i)) {
                    defined.add(t.get(i + 1).text());
                }
            }
        }
    }

    /** True when the folder defines {@code word} so. */
    boolean contains(String word) {
        return defined.contains(word);
    }

    /**
     * The token of a short form the phrase defines in brackets right after its long form, a region written after the
     * brackets ("Dinas Penanggulangan Kebakaran dan Penyelamatan (Gulkarmat) DKI Jakarta"), or -1; read before the head
     * only. The body is that short form, not the region's acronym after it ("DKI") nor the long form cut at its connective.
     */
    int beforeRegion(List<Token> t, int head) {
        for (int i = 2; i + 2 < head; i++) {
            if (at(t, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Token {@code i} opens brackets holding a short form of the long form right before them, a region right after them:
     * the short form is one capitalised word of letters, no place, region word, role, defined body or person's short form,
     * whose letters the long form's words (two or more capitalised words, connectives between) hold in order, as
     * Indonesian short forms take syllables from inside their words ("penangGULangan KebaKARan dan penyelaMATan").
     */
    private boolean at(List<Token> t, int i) {
        if (i + 3 >= t.size() || !t.get(i).is("(") || !t.get(i + 2).is(")")) {
            return false;
        }
        Token x = t.get(i + 1);
        Token after = t.get(i + 3);
        if (!x.isWord() || x.isNumber() || !x.isCapitalized() || x.text().length() < 3 || !Chars.all(x.text(), Character::isLetter)
                || isPlace.test(x.text()) || places.contains(x.text()) || words.regionWords().contains(x.lower())
                || words.roles().contains(x.lower()) || acronyms.isRole(x.text()) || acronyms.idOf(x.text()).isPresent()
                || nickname.test(x.text()) || scoped.test(t, i)) {
            return false;
        }
        if (!after.isWord() || !(words.regionWords().contains(after.lower()) || isPlace.test(after.text()) || places.contains(after.text()))) {
            return false;
        }
        StringBuilder run = new StringBuilder();
        int capitals = 0;
        for (int k = i - 1; k >= 0; k--) {
            Token y = t.get(k);
            boolean connective = y.isWord() && !y.isCapitalized() && words.connectives().contains(y.lower());
            if (!connective && !(y.isWord() && y.isCapitalized() && !y.isNumber()) || scoped.test(t, k)) {
                break;
            }
            if (!connective && !words.roles().contains(y.lower())) {
                capitals++;
                run.insert(0, y.lower());
            }
        }
        return capitals >= 2 && Acronyms.subsequence(x.lower(), run.toString());
    }
}
