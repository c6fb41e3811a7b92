package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A root a nasal prefix hides is keyed as the folder writes it: the vowel-initial root unless some word of the folder
 * writes the consonant one. Copy the team wrote for an invented story (a harbour fee, a ferry timetable), no
 * development set's.
 */
class HiddenRootsTest {

    private static final String HEAD = "Kepala Dinas Rina Wulandari mengatakan ";

    /** Each sentence's claim words, keys moved as the folder of those sentences moves them. */
    private static List<List<ClaimWords.Word>> keyed(String... sentences) {
        String[][] folder = new String[sentences.length][];
        for (int i = 0; i < sentences.length; i++) {
            folder[i] = new String[]{"id", HEAD + sentences[i]};
        }
        List<ArticleStatements> articles = Extract.articles(folder);
        Function<Statement, ClaimWords.Language> lang = Extract.claimWords(articles);
        List<List<ClaimWords.Word>> words = new ArrayList<>();
        List<ClaimWords.Language> langs = new ArrayList<>();
        for (ArticleStatements a : articles) {
            Statement s = a.statements().get(0);
            langs.add(lang.apply(s));
            words.add(lang.apply(s).words(s, a.document().text()));
        }
        Map<String, String> moves = HiddenRoots.moves(words, langs::get);
        words.replaceAll(w -> HiddenRoots.moved(w, moves));
        return words;
    }

    private static String key(List<ClaimWords.Word> words, String surface) {
        return words.stream().filter(w -> w.surface().equals(surface)).findFirst().orElseThrow().key();
    }

    @Test
    void aVerbOnAVowelRootMeetsItsNounWhenTheFolderNeverWritesTheConsonantRoot() {
        List<List<ClaimWords.Word>> words = keyed("nelayan mengancam mogok melaut pekan depan.",
                "ancaman mogok nelayan belum dibahas.");
        assertThat(key(words.get(0), "mengancam")).as("no \"kancam\" in the folder").isEqualTo("ancam")
                .isEqualTo(key(words.get(1), "ancaman"));
    }

    @Test
    void theConsonantRootStaysWhenTheFolderWritesIt() {
        List<List<ClaimWords.Word>> words = keyed("petugas menulis jadwal kapal yang baru.",
                "jadwal kapal ditulis ulang oleh petugas pelabuhan.");
        assertThat(key(words.get(0), "menulis")).as("\"ditulis\" writes the root \"tulis\"").isEqualTo("tulis")
                .isEqualTo(key(words.get(1), "ditulis"));
    }

    @Test
    void aWordWithNoHiddenRootKeepsItsKey() {
        List<List<ClaimWords.Word>> words = keyed("tarif pelabuhan dinaikkan bulan depan.",
                "tarif pelabuhan tetap sama.");
        assertThat(key(words.get(0), "tarif")).isEqualTo(key(words.get(1), "tarif")).isEqualTo("tarif");
    }
}
