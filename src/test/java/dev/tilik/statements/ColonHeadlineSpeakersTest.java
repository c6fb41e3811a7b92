package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headline's {@code X: claim} whose speaker the plain reading missed: set off by a comma after a long clause, written
 * before what the words are about ("X soal Y: …"), or a title the body writes in full. The team's own sentences on an
 * invented story of a burnt fish market.
 */
class ColonHeadlineSpeakersTest {
    private static final String BODY = "\nKepala Dinas Pasar Rina Wati mengatakan kios akan dibangun lagi tahun depan.";

    private static List<Statement> extract(String text) {
        StatementExtractor extractor = new StatementExtractor(Extract.RULES);
        return extractor.extract(TestDocuments.withHeadline(Extract.RULES, "id", text)).statements();
    }

    @Test
    void theSpeakerBeforeWhatTheWordsAreAbout() {
        String text = "Rina Wati soal Pasar Ikan Terbakar: Kami Bangun Lagi Semua Kios" + BODY;
        List<Statement> s = extract(text);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).speaker()).isEqualTo("Rina Wati");
        assertThat(Extract.claim("id", text, s.get(0))).isEqualTo("Kami Bangun Lagi Semua Kios");
    }

    @Test
    void theSpeakerSetOffByACommaAfterALongClause() {
        String text = "Pedagang Pasar Ikan Belum Kembali ke Los Setelah Kebakaran Besar Pekan Lalu, Rina Wati: "
                + "Kios Dibangun Lagi Tahun Depan" + BODY;
        List<Statement> s = extract(text);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).speaker()).isEqualTo("Rina Wati");
    }

    @Test
    void aTitleCanSpeakThoughTheBodyWritesTheOfficeInFull() {
        String text = "Kapolsek: Api Berasal dari Korsleting Listrik" + BODY;
        List<Statement> s = extract(text);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).speaker()).isEqualTo("Kapolsek");
    }

    @Test
    void aTopicBeforeTheColonStaysNoSpeaker() {
        assertThat(extract("Kebakaran soal Pasar Ikan: Kios Dibangun Lagi" + BODY))
                .as("capitalised words before the opener that cannot speak").hasSize(1);
        assertThat(extract("Rina Wati soal Kebakaran Pasar Ikan di Kota Lama Pekan Lalu: Kios Dibangun Lagi" + BODY))
                .as("a topic too long to stand between a speaker and the colon").hasSize(1);
        assertThat(extract("Pedagang Pasar Ikan Belum Kembali ke Los Setelah Kebakaran Besar Pekan Lalu Rina Wati: "
                + "Kios Dibangun Lagi" + BODY)).as("a long clause with no comma setting the speaker off").hasSize(1);
    }
}
