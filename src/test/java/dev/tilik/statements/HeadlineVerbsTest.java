package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.language.LanguageProfiles;
import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headlines as statements: a bare cue verb in headline style ({@link HeadlineVerbs}) makes its capitalised
 * subject the headline's speaker, when that subject can speak. Team-written text (a regency election's
 * count, a court case), no word of it in rules/.
 */
class HeadlineVerbsTest {
    private static final HeadlineVerbs ID = new HeadlineVerbs(Extract.RULES.forLanguage("id").orElseThrow().statements().cues(),
            LanguageProfiles.of(Extract.RULES).get("id").orElseThrow().wordForms());

    @Test
    void aBareFormIsTheCueWithItsPrefixDroppedEveryNasalForm() {
        assertThat(ID.cueOf("Tampik")).map(CueRule::word).contains("menampik");
        assertThat(ID.cueOf("Sanggah")).map(CueRule::word).contains("menyanggah");
        assertThat(ID.cueOf("Iyakan")).map(CueRule::word).contains("mengiyakan");
        assertThat(ID.cueOf("Perkirakan")).map(CueRule::word).contains("memperkirakan");
        assertThat(ID.cueOf("Benarkan")).map(c -> c.stance()).contains(Stance.CONFIRM);
        assertThat(ID.cueOf("Sangkal")).map(c -> c.stance()).contains(Stance.DENY);
        assertThat(ID.cueOf("Duga")).map(c -> c.stance()).contains(Stance.HEDGE);
        assertThat(ID.cueOf("Tolak")).map(CueRule::word).contains("menolak");
    }

    @Test
    void aNounAnotherFormOfTheRootOrAVerbOfPlainSayingIsNoBareVerb() {
        assertThat(ID.cueOf("Jamin")).as("menjamin says, it takes no stance").isEmpty();
        assertThat(ID.cueOf("Nyatakan")).isEmpty();
        assertThat(ID.cueOf("Jaminan")).isEmpty();
        assertThat(ID.cueOf("Bantahan")).isEmpty();
        assertThat(ID.cueOf("Pernyataan")).isEmpty();
        assertThat(ID.cueOf("Suara")).isEmpty();
        assertThat(ID.cueOf("Tegas")).isEmpty();
    }

    @Test
    void aHeadlinesBareVerbMakesItsSubjectTheSpeaker() {
        StatementExtractor extractor = new StatementExtractor(Extract.RULES);
        String text = "KPU Sukamaju Tampik Rekapitulasi Suara Bakal Molor\nKetua KPU Kabupaten Sukamaju Hendra Wijaya "
                + "mengatakan rekapitulasi bisa saja molor dua hari.";
        List<Statement> s = extractor.extract(TestDocuments.withHeadline(Extract.RULES, "id", text)).statements();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).speaker()).isEqualTo("KPU Sukamaju");
        assertThat(s.get(0).stance()).isEqualTo(Stance.DENY);
        assertThat(Extract.claim("id", text, s.get(0))).isEqualTo("Rekapitulasi Suara Bakal Molor");

        String clause = "Digugat Dua Calon, Hakim Iyakan Salah Ketik dalam Putusan\nHakim ketua Budi Santoso "
                + "mengatakan putusan itu akan diperbaiki.";
        List<Statement> c = extractor.extract(TestDocuments.withHeadline(Extract.RULES, "id", clause)).statements();
        assertThat(c).as("a clause before the subject, closed by a comma").hasSize(2);
        assertThat(c.get(0).speaker()).isEqualTo("Hakim");
        assertThat(c.get(0).stance()).isEqualTo(Stance.CONFIRM);
    }

    @Test
    void aHeadlineOpeningWithItsTopicHasNoSpeaker() {
        StatementExtractor extractor = new StatementExtractor(Extract.RULES);
        String topic = "Suara Sah Jadi Tolak Ukur Kemenangan Calon\nKoordinator saksi Dedi Kusnadi mengatakan "
                + "perolehan suara naik di dua desa.";
        assertThat(extractor.extract(TestDocuments.withHeadline(Extract.RULES, "id", topic)).statements())
                .as("'Tolak' is shaped like 'menolak' bare, but 'Suara Sah Jadi' speaks for no one").hasSize(1);

        String body = "Warga Sukamaju Tampik Hasil Panen Gagal\nKetua kelompok tani mengatakan panen aman.";
        List<Statement> b = extractor.extract(TestDocuments.of(Extract.RULES, "id", "t.txt", body)).statements();
        assertThat(b).as("no headline: a bare verb in body text is no cue").hasSize(1);
    }
}
