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
}
