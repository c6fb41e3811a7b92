package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.rules.NumberWords;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
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
    /** The pattern the claim's tokens were read with before {@link ClaimWords#scan} (the yardstick). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*|[,.;:!?()\"“”]");

    private static List<String> byPattern(String text) {
        return PatternTokens.of(TOKEN, text);
    }

    @Test
    void aClaimIsScannedIntoTheTokensThePatternFinds() {
        String claim = "Kami TIDAK melarang: \"kapal-kapal\" (3 unit) ber-KTP di pelabuhan’nya, bukan 1.500 orang!";
        assertThat(ClaimWords.tokensAsWritten(claim)).containsExactly("Kami", "TIDAK", "melarang", ":", "\"", "kapal-kapal",
                "\"", "(", "3", "unit", ")", "ber-KTP", "di", "pelabuhan’nya", ",", "bukan", "1", ".", "500", "orang", "!");
        assertThat(ClaimWords.tokens(claim)).startsWith("kami", "tidak");
        assertThat(ClaimWords.scan("-a 'b c- ½x e\u0301t \uD835\uDC00z \uD83D\uDE00y “z” Ⅻ"))
                .as("a hyphen or apostrophe opens no word; marks, supplementary letters and numbers of other kinds")
                .containsExactly("a", "b", "c-", "½x", "e\u0301t", "\uD835\uDC00z", "y", "“", "z", "”", "Ⅻ")
                .isEqualTo(byPattern("-a 'b c- ½x e\u0301t \uD835\uDC00z \uD83D\uDE00y “z” Ⅻ"));
    }

    @Test
    void aScanReadsWhatThePatternReadsOnAnyText() {
        String alphabet = "aZ9 ,.;:!?()\"“”'’-_/\u00e9\u0301\u00bd\u2160\u02b0\u01c5\uD835\uDC00\uD83D\uDE00\uDC00\uD835\u0660\u0915\u093e\t\n";
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(ClaimWords.scan(text)).as(text).isEqualTo(byPattern(text));
        }
    }
}
