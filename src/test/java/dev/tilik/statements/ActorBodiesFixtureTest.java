package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whom a speaker speaks for when the body is named as copy names bodies, not by a short form ({@code
 * fixtures/actors-bodies-any}: a vote count dispute, a school roof collapse and a rice price row in invented regencies,
 * the team's own sentences): an organisation named by a proper name with a word for its kind ("Partai …", "… Institute",
 * "Aliansi …") or after a noun for one ("LSM …"); a body named by its kind alone ("Pihak kepolisian", "Pihak sekolah") as
 * the one of that kind the article's speakers speak for; a regent with a one-word name as the regency's government in
 * every article, English ones too ("the resignation of Sutarno" names no place).
 */
class ActorBodiesFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-bodies-any");

    private static Set<String> parties(String file, String speaker) throws Exception {
        return FOLDER.parties(file, speaker);
    }

    @Test
    void anOrganisationNamedByAWordForItsKindIsWhomItsPeopleSpeakFor() throws Exception {
        assertThat(parties("501_kabarkulon_id.txt", "Sekretaris Jenderal Partai Karya Bangsa Rudi Hartanto"))
                .containsExactly("Partai Karya Bangsa");
        assertThat(parties("501_kabarkulon_id.txt", "Rudi")).as("the person met again").containsExactly("Partai Karya Bangsa");
        assertThat(parties("501_kabarkulon_id.txt", "Direktur Eksekutif Nusantara Election Institute, Dewi Lestari"))
                .containsExactly("Nusantara Election Institute");
        assertThat(parties("501_kabarkulon_id.txt", "Koordinator Aliansi Pemantau Pemilu Jujur Andi Saputra"))
                .as("the person's name is no part of it").containsExactly("Aliansi Pemantau Pemilu Jujur");
    }

    @Test
    void aNameWrittenAfterANounForAnOrganisationIsOneWhereverItSpeaks() throws Exception {
        assertThat(parties("501_kabarkulon_id.txt", "Suara Bersih")).containsExactly("Suara Bersih");
    }

    @Test
    void aBodyNamedByItsKindAloneIsTheOneOfThatKindTheArticleNames() throws Exception {
        assertThat(parties("502_wartawetan_id.txt", "Pihak kepolisian")).containsExactly("Polres Wetan");
        assertThat(parties("502_wartawetan_id.txt", "Pihak sekolah")).containsExactly("SMKN 2 Wetan");
    }

    @Test
    void aRegentWithAOneWordNameSpeaksForTheRegencyInEveryArticle() throws Exception {
        assertThat(parties("503_hargakulon_id.txt", "Bupati Kulon Sutarno")).containsExactly("Pemkab Kulon");
        assertThat(parties("503_hargakulon_id.txt", "Sutarno")).as("met again after \"Bupati Kulon, Sutarno\"").containsExactly("Pemkab Kulon");
        assertThat(parties("504_kulonpost_en.txt", "Kulon Regent Sutarno")).containsExactly("Pemkab Kulon");
        assertThat(parties("504_kulonpost_en.txt", "Sutarno")).containsExactly("Pemkab Kulon");
        assertThat(FOLDER.statements()).extracting(Statement::party).as("a title is never the party").doesNotContain("Bupati Kulon", "Regent Sutarno");
    }
}
