package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.rules.NumberWords;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

/**
 * What both readings of a claim share ({@link Restatements}, {@link DenialQuestions}): one reading of its words, one
 * pattern for a word written capitalised (an invented sentence: a ferry pier).
 */
class ClaimWordsTest {
    private static List<String> capitalised(String text, int minLetters) {
        return ClaimWords.capitalised(text, minLetters).stream().map(MatchResult::group).toList();
    }

    @Test
    void aCapitalisedWordStartsAWordAndCountsItsLettersAndDigits() {
        String claim = "Kalau yang itu (penutupan Dermaga 2 oleh Ka KSOP) saya tak menanggapi, kata ter-PHK di iPhone";
        assertThat(capitalised(claim, 1)).containsExactly("Kalau", "Dermaga", "Ka", "KSOP", "PHK");
        assertThat(capitalised(claim, 3)).as("a name of three letters or more").containsExactly("Kalau", "Dermaga", "KSOP", "PHK");
        assertThat(ClaimWords.capitalised("Dermaga ditutup", 1).get(0).start()).isZero();
        assertThat(capitalised("Ω1 Ωmega", 3)).as("letters counted as code points").containsExactly("Ωmega");
    }

    @Test
    void bothReadingsOfAStoryReadOneClaimWords() {
        ClaimWords words = new ClaimWords(List.of("tidak"), List.of(), List.of(), w -> false);
        StoryReaders readers = StoryReaders.NONE.with(new Restatements(words), NumberWords.of(List.of()));
        assertThat(readers.questions().words()).isSameAs(words);
        assertThat(readers.claimWords()).isSameAs(words);
        assertThatThrownBy(() -> new StoryReaders(Set.of(), new Restatements(words), new DenialQuestions(ClaimWords.NONE),
                NumberWords.of(List.of()), RelativeDays.NONE, Rulings.NONE, Promises.NONE, Matters.NONE, Agreements.NONE,
                Aspects.NONE, SetOffRelatives.NONE, Grounds.NONE, CarriedReports.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
