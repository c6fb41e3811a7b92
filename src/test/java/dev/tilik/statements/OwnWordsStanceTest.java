package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim with words of its own that names no topic, said after a sentence that named one of the rules'
 * lexicon topics, asserts what it says. It used to be {@code other} for good, because the topic it inherits
 * is not in its words (on a story whose subject the sample's lexicon happens to name, most of its claims).
 * It is held back as {@code other} while propositions and findings are made — it takes no side on that
 * topic — and shown as the assertion it is ({@link StanceBasis#shownAs}). Team-written copy: a police raid
 * on a workshop making home-made guns.
 */
class OwnWordsStanceTest {
    private static final String RAID = "Polisi menemukan puluhan senjata rakitan di sebuah bengkel las di pinggir kota, "
            + "kata Kapolres Budi Hartono.\n\nSebagian besar pelanggan bengkel datang dari kecamatan "
            + "lain, ujar Budi.\n\n\"Hal itu sedang kami dalami,\" kata Budi.";

    private static Statement holding(List<Statement> all, String words) {
        return holding(all, RAID, words);
    }

    private static Statement holding(List<Statement> all, String text, String words) {
        return all.stream().filter(s -> s.claim().coveredText(text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement holds " + words + ": " + all));
    }

    @Test
    void aClaimOfItsOwnUnderATopicAnEarlierSentenceNamedIsHeldBackAndShownAsAnAssertion() {
        List<Statement> all = Extract.id(RAID);

        Statement named = holding(all, "senjata rakitan");
        assertThat(named.topic()).isEqualTo("weapons");
        assertThat(named.stance()).isEqualTo(Stance.ASSERT);

        Statement customers = holding(all, "pelanggan bengkel datang");
        assertThat(customers.stance()).as("no position on the topic while findings are made").isEqualTo(Stance.OTHER);
        assertThat(customers.basis()).isEqualTo(StanceBasis.OWN_WORDS);
        assertThat(StanceBasis.shownAs(customers).stance()).as("shown as what it says").isEqualTo(Stance.ASSERT);
        assertThat(StanceBasis.shownAs(customers).basis()).isEqualTo(StanceBasis.OWN_WORDS);

        Statement back = holding(all, "sedang kami dalami");
        assertThat(back.basis()).as("a claim that only refers back has no words of its own")
                .isNotEqualTo(StanceBasis.OWN_WORDS);
        assertThat(StanceBasis.shownAs(back)).isSameAs(back);
    }

    private static final String STALL = "Polisi menemukan puluhan senjata rakitan di sebuah bengkel las di pinggir kota, "
            + "kata Kapolres Budi Hartono.\n\nBudi menyebut bengkel itu sudah lama tutup sebelum penggerebekan.\n\n"
            + "Budi menegaskan bahwa izin semacam itu berada di bawah kewenangan dinas perdagangan.";

    @Test
    void aSubjectPointingBackAtTheThingToldSpeaksInItsOwnWordsOneAtAKindTakesNoPosition() {
        List<Statement> all = Extract.id(STALL);

        Statement told = all.stream().filter(s -> s.claim().coveredText(STALL).contains("lama tutup")).findFirst()
                .orElseThrow();
        assertThat(told.basis()).as("\"bengkel itu\": the thing told, something said of it").isEqualTo(StanceBasis.OWN_WORDS);
        assertThat(StanceBasis.shownAs(told).stance()).isEqualTo(Stance.ASSERT);

        Statement kind = all.stream().filter(s -> s.claim().coveredText(STALL).contains("kewenangan")).findFirst()
                .orElseThrow();
        assertThat(kind.stance()).as("\"izin semacam itu\": such things in general").isEqualTo(Stance.OTHER);
        assertThat(kind.basis()).isNotEqualTo(StanceBasis.OWN_WORDS);
    }

    @Test
    void aHeldBackClaimStaysHeldBackWhenTheFolderLetsGoOfItsTopic() {
        Statement customers = holding(Extract.id(RAID), "pelanggan bengkel datang");
        List<ClaimWords.Word> words = List.of(new ClaimWords.Word("pelanggan", "pelanggan", false));

        Statement loosened = TopicHints.loose(customers, words);
        assertThat(loosened.topic()).isNull();
        assertThat(loosened.stance()).as("no side in findings, wherever it is placed").isEqualTo(Stance.OTHER);
        assertThat(loosened.basis()).isEqualTo(StanceBasis.OWN_WORDS);
        assertThat(StanceBasis.shownAs(loosened).stance()).isEqualTo(Stance.ASSERT);

        Statement lexiconOnly = customers.withStance(Stance.OTHER, StanceBasis.CUE);
        assertThat(TopicHints.loose(lexiconOnly, words).stance())
                .as("a claim only the lexicon made unplaceable asserts its words").isEqualTo(Stance.ASSERT);
    }

    @Test
    void aHeldBackClaimIsAsLittleExplicitAsAnUnknownBasis() {
        assertThat(StanceBasis.OWN_WORDS.explicitness()).isEqualTo(StanceBasis.UNKNOWN.explicitness()).isZero();
        assertThat(StanceBasis.EVENT_NEGATED.explicitness()).isEqualTo(5);
        assertThat(StanceBasis.DISMISSAL.explicitness()).isEqualTo(1);
    }

    private static final String CLARIFIED = "Polisi menemukan puluhan senjata rakitan di sebuah bengkel las di pinggir "
            + "kota, kata Kapolres Budi Hartono.\n\nBudi menegaskan bahwa penggerebekan tersebut bukan untuk menutup "
            + "usaha warga, melainkan karena ada laporan dari tetangga.";

    /**
     * The same claim of its own words, but denying when read as on a topic ("bukan untuk X, melainkan Y"): it used
     * to stay {@code other} for good, since only an assertion was held back. It is held back as well (it joins no
     * comparison) and shown as the denial it reads ({@link StanceBasis#OWN_WORDS_DENIED}).
     */
    @Test
    void aClaimOfItsOwnWordsThatDeniesIsHeldBackAndShownAsADenial() {
        Statement denied = holding(Extract.id(CLARIFIED), CLARIFIED, "bukan untuk menutup");
        assertThat(denied.stance()).as("no side on the topic while findings are made").isEqualTo(Stance.OTHER);
        assertThat(denied.basis()).isEqualTo(StanceBasis.OWN_WORDS_DENIED);
        assertThat(StanceBasis.shownAs(denied).stance()).as("shown as what it says").isEqualTo(Stance.DENY);
        assertThat(StanceBasis.shownAs(denied).basis()).isEqualTo(StanceBasis.OWN_WORDS_DENIED);

        Statement turned = denied.withStance(Stance.ASSERT, StanceBasis.OWN_WORDS_DENIED);
        assertThat(StanceBasis.shownAs(turned)).as("a folder step's stance stands").isSameAs(turned);
        assertThat(StanceBasis.OWN_WORDS_DENIED.explicitness()).isEqualTo(StanceBasis.UNKNOWN.explicitness()).isZero();
    }
}
