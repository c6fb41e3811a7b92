package dev.tilik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsTest {

    /** Every char as {@code String.chars()} gives it, a surrogate half alone included: the streams' answers, string for string. */
    @Test
    void anyAndAllAnswerAsTheStreamsDo() {
        Random random = new Random(7);
        char[] pool = {'a', 'Z', '7', '٢', '７', ' ', '-', 'é', '\uD83D', '\uDE00', 'ß'};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                b.append(pool[random.nextInt(pool.length)]);
            }
            String s = b.toString();
            assertThat(Chars.any(s, Character::isDigit)).as(s).isEqualTo(s.chars().anyMatch(Character::isDigit));
            assertThat(Chars.all(s, Character::isLetter)).as(s).isEqualTo(s.chars().allMatch(Character::isLetter));
            assertThat(Chars.all(s, Character::isUpperCase)).as(s).isEqualTo(s.chars().allMatch(Character::isUpperCase));
        }
    }

    @Test
    void anEmptyStringHasNoneAndPassesAll() {
        assertThat(Chars.any("", c -> true)).isFalse();
        assertThat(Chars.all("", c -> false)).isTrue();
        assertThat(Chars.any("Rp5", Character::isDigit)).isTrue();
        assertThat(Chars.all("Rp5", Character::isLetter)).isFalse();
    }

    /** A word in texts of letters, marks, surrogate pairs and punctuation: the lookaround pattern's answer, text for text. */
    @Test
    void hasWordAnswersAsTheLookaroundPatternDoes() {
        Random random = new Random(11);
        String[] pool = {"ab", "a", "b", " ", "-", "\u0301", "\uD835\uDC00", "\uD835", "\uDC00", "é", ".", "AB"};
        String[] words = {"ab", "a", "b-a", "ab ab"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(pool[random.nextInt(pool.length)]);
            }
            String text = b.toString();
            for (String word : words) {
                boolean found = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{M}])" + java.util.regex.Pattern.quote(word)
                        + "(?![\\p{L}\\p{M}])").matcher(text).find();
                assertThat(Chars.hasWord(text, word)).as("%s in %s", word, text).isEqualTo(found);
            }
        }
        assertThat(Chars.hasWord("kata handoko, lalu", "handoko")).isTrue();
        assertThat(Chars.hasWord("Handoko berkata", "handoko")).as("case counts").isFalse();
        assertThat(Chars.hasWord("handokoan", "handoko")).isFalse();
    }

    /** Runs of letters or digits, lower case, every mark between them dropped: what {@code [\p{L}\p{N}]+} finds on such text. */
    @Test
    void lowerWordsAreTheRunsOfLettersOrDigits() {
        assertThat(Chars.lowerWords("Usia 60-69 tahun.")).containsExactly("usia", "60", "69", "tahun");
        assertThat(Chars.lowerWords("  «Aged» between 30 & 39,")).containsExactly("aged", "between", "30", "39");
        assertThat(Chars.lowerWords("—")).isEmpty();
        assertThat(Chars.lowerWords("")).isEmpty();
    }
}
