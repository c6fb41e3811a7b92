package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.NumberWords;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The folder's texts are read into figures, words and clause marks by hand, exactly as the pattern
 * {@code \d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+|\p{L}+|[.;!?]} finds them (what {@link FolderParts} ran on every text before):
 * grouped thousands only when no digit follows the last group, letters by code point, any other character skipped.
 * An invented story: a landslide on a quarry road.
 */
class FolderPartsTokensTest {
    private static final Pattern TOKEN = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+(?![.,]?\\d)|\\d+|\\p{L}+|[.;!?]");

    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void groupedThousandsAreOneFigureOnlyWhenNoDigitFollowsTheirLastGroup() {
        assertThat(FolderParts.tokens("1.250 dari 12,000,000 warga; 1.2345 dan 1.250.5 atau 1.250,7 serta 1234.567!"))
                .containsExactly("1.250", "dari", "12,000,000", "warga", ";", "1", ".", "2345", "dan", "1", ".", "250",
                        ".", "5", "atau", "1", ".", "250", "7", "serta", "1234", ".", "567", "!");
        assertThat(FolderParts.tokens("12.000. 7,500, 3.5")).containsExactly("12.000", ".", "7,500", "3", ".", "5");
    }

    @Test
    void lettersAreReadByCodePointAndEverythingElseIsSkipped() {
        assertThat(FolderParts.tokens("i\u0307stanbul \uD835\uDC00b\u00e9 \uD83D\uDE00x \uD835 - longsor?"))
                .containsExactly("i", "stanbul", "\uD835\uDC00b\u00e9", "x", "longsor", "?");
    }

    @Test
    void readsWhatThePatternFindsOnAnyText() {
        String[] pieces = {"0", "1", "2", "9", "12", "123", "1234", ".", ",", ";", "!", "?", " ", "\n", "-", "a", "dari",
            "\u00e9", "\u0307", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "\uDC00", "\u0663", "\u00b2", "ß"};
        Random rnd = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = rnd.nextInt(24);
            for (int i = 0; i < length; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(FolderParts.tokens(text)).as("tokens of \"%s\"", text).isEqualTo(byPattern(text));
        }
    }

    @Test
    void aGroupedFigureIsReadAsItsValue() throws Exception {
        NumberWords words = NumberWords.of(RulesLoader.load(Path.of("rules")).languages().values());
        assertThat(FolderParts.read("Sebanyak 1.250 dari 12.000 pekerja tambang adalah warga lokal.", words))
                .containsExactly(new FolderParts.Part(12_000, 1_250, java.util.Set.of("pekerja", "tambang", "adalah",
                        "warga", "lokal")));
    }
}
