package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.language.LanguageProfile;
import dev.tilik.language.LanguageProfiles;
import dev.tilik.language.WordForms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A word's root is stemmed once and remembered ({@link ContentWords#root}); the answers are the stemmer's own. */
class ContentWordsRootsTest {

    /** Word forms that count their calls: the word, then the word without a "di-" or "me-" prefix as its root. */
    private static final class Counting implements WordForms {
        final List<String> asked = new ArrayList<>();

        @Override
        public Set<String> of(String word) {
            asked.add(word);
            String w = word.toLowerCase(Locale.ROOT);
            Set<String> out = new LinkedHashSet<>();
            out.add(w);
            out.add(w.startsWith("di") || w.startsWith("me") ? w.substring(2) : w);
            return out;
        }
    }

    private static ContentWords content(WordForms forms) {
        LanguageProfile id = LanguageProfiles.known("id").orElseThrow();
        LanguageProfile counted = new LanguageProfile("id", "ind", id.sentences(), null, forms, id.stopWords(), null);
        return ContentWords.of(counted, Set.of(), Map.of(), WordForms.plain());
    }

    @Test
    void aWordIsStemmedOnceHoweverOftenItsKeyIsAsked() {
        Counting forms = new Counting();
        ContentWords content = content(forms);
        for (int i = 0; i < 5; i++) {
            assertThat(content.key(new Token(0, 9, "dipanggil"))).isEqualTo("panggil");
            assertThat(content.key(new Token(0, 9, "memanggil"))).isEqualTo("manggil");
        }
        assertThat(forms.asked).containsExactly("dipanggil", "memanggil");
        assertThat(content.rootsKept()).isEqualTo(2);
    }

    @Test
    void theRememberedRootIsTheOneTheStemmerGives() {
        LanguageProfile id = LanguageProfiles.known("id").orElseThrow();
        ContentWords content = ContentWords.of(id, Set.of(), Map.of(), WordForms.plain());
        for (String w : List.of("Mengirimkan", "dikirim", "ketidakhadiran", "pemindahan", "Kirim", "mengirimkan")) {
            String expected = ContentWords.last(id.wordForms().of(w));
            assertThat(content.root(w)).isEqualTo(expected);
            assertThat(content.root(w)).isEqualTo(expected);
        }
    }

    @Test
    void pastTheBoundAWordIsStemmedEachTimeWithTheSameAnswer() {
        Counting forms = new Counting();
        ContentWords content = content(forms);
        IntStream.range(0, ContentWords.ROOTS_KEPT).forEach(i -> content.root("kata" + i));
        assertThat(content.rootsKept()).isEqualTo(ContentWords.ROOTS_KEPT);
        forms.asked.clear();
        assertThat(content.root("diperiksa")).isEqualTo("periksa");
        assertThat(content.root("diperiksa")).isEqualTo("periksa");
        assertThat(forms.asked).containsExactly("diperiksa", "diperiksa");
        assertThat(content.rootsKept()).isEqualTo(ContentWords.ROOTS_KEPT);
    }
}
