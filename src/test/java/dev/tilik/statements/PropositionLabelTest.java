package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A proposition's label reads as a phrase of its claims, in sentences the team wrote (a ransom, a governance row, a
 * strike): a pair of words side by side in several claims, as they write it; failing one, its heaviest words in the
 * order the claims write them; never a verb of doing or saying, an address word, a number word or a currency. The
 * label names the proposition and changes none of its members.
 */
class PropositionLabelTest {
    private static final Lexicon ID = new Lexicon(Extract.RULES.forLanguage("id").orElseThrow());

    /** A claim's label slots, each word its own lower-cased key (as a stemmer would give for these words). */
    private static List<ClaimWords.Word> slots(String claim) {
        List<Token> tokens = Tokens.of(claim, 0, claim.length());
        List<ClaimWords.Word> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() >= 3 && !ID.isFunctionWord(t)) {
                words.add(new ClaimWords.Word(t.lower(), t.text(), false));
            }
        }
        return PropositionLabel.slots(tokens, words, ID.labelStops);
    }

    private static List<List<ClaimWords.Word>> members(String... claims) {
        return Arrays.stream(claims).map(PropositionLabelTest::slots).toList();
    }

    @Test
    void aPhraseSeveralClaimsShareNamesTheProposition() {
        Map<String, Double> scores = Map.of("bapak", 3.0, "bayar", 2.5, "tebusan", 2.0, "uang", 1.5, "juta", 2.8, "dolar", 2.7);
        String label = PropositionLabel.of(scores, members(
                "Bapak harus bayar uang tebusan 8 juta dolar",
                "pemerintah tidak akan bayar uang tebusan",
                "uang tebusan itu 8 juta dolar"));
        assertThat(label).isEqualTo("uang tebusan");
    }

    @Test
    void failingAPhraseTheHeaviestWordsComeInTheOrderTheClaimsWriteThem() {
        Map<String, Double> scores = Map.of("kelola", 3.0, "tata", 2.0, "melakukan", 5.0, "buruk", 1.0);
        String label = PropositionLabel.of(scores, members(
                "tata data yang buruk kelola",
                "tata yang lemah membuat kelola gagal",
                "melakukan audit tata ulang dan kelola"));
        assertThat(label).as("no pair side by side twice: the heaviest two, as written first").isEqualTo("tata kelola");
    }

    /** A claim's slots from (key, surface) pairs: words of two languages meeting on one key, as the glossary makes. */
    private static List<ClaimWords.Word> keyed(String... keySurface) {
        List<ClaimWords.Word> out = new ArrayList<>();
        for (int i = 0; i < keySurface.length; i += 2) {
            out.add(new ClaimWords.Word(keySurface[i], keySurface[i + 1], false));
        }
        return out;
    }

    @Test
    void failingAPhraseTheTwoWordsAreWrittenAsOneClaimWritesBothNeverHalfInEachLanguage() {
        Map<String, Double> scores = Map.of("cerah", 3.0, "cuaca", 2.5, "kabut", 1.0);
        List<List<ClaimWords.Word>> members = List.of(
                keyed("cuaca", "cuaca", "kabut", "kabut"),
                keyed("kabut", "kabut", "cuaca", "cuaca"),
                keyed("cuaca", "weather", "x", "was", "cerah", "clear"),
                keyed("cerah", "clear", "y", "skies"));
        assertThat(PropositionLabel.of(scores, members))
                .as("the English claim holds both: its words, not \"clear cuaca\"").isEqualTo("weather clear");
    }

    @Test
    void wordsThatNameNothingNeverLabel() {
        assertThat(ID.labelStops).contains("melakukan", "bapak", "juta", "dolar", "back");
        Map<String, Double> scores = Map.of("tenant", 2.0, "melakukan", 3.0, "backup", 1.0);
        assertThat(PropositionLabel.of(scores, members("tenant melakukan backup", "tenant tidak melakukan backup")))
                .isEqualTo("tenant backup");
        assertThat(PropositionLabel.of(Map.of("melakukan", 3.0, "bapak", 2.0), members("Bapak melakukan", "bapak melakukan")))
                .as("fewer than two words may name it: the words' own label stays").isNull();
    }

    @Test
    void theLabelNeverRegroupsTheFolder() {
        String[][] articles = {
                {"id", "Menteri Rina Wati mengatakan peretas meminta uang tebusan sebesar 8 juta dolar AS.\n"
                        + "Kepala Dinas Sosial Ani mengatakan bantuan logistik dikirim ke posko pengungsian."},
                {"id", "Kepala BSSN Joko Susilo menyebut peretas meminta uang tebusan 8 juta dolar.\n"
                        + "Camat Wetan Dedi mengatakan posko pengungsian kekurangan air bersih."},
                {"id", "Anggota DPR Darto mengatakan pemerintah tidak boleh membayar uang tebusan kepada peretas."},
        };
        List<Statement> all = Extract.folder(articles);
        Statement rina = all.stream().filter(s -> s.speaker().contains("Rina")).findFirst().orElseThrow();
        Statement joko = all.stream().filter(s -> s.speaker().contains("Joko")).findFirst().orElseThrow();
        assertThat(joko.topic()).isEqualTo(rina.topic());
        assertThat(rina.topic()).isNotNull().doesNotContain("juta", "dolar", "mengatakan", "meminta");
        Set<String> topics = new java.util.HashSet<>();
        all.forEach(s -> topics.add(String.valueOf(s.topic())));
        assertThat(topics).as("statements about other things keep other topics").hasSizeGreaterThan(1);
    }
}
