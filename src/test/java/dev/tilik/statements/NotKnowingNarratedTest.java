package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person or body not knowing whether something is so, or not detailing it, told by the writer with no verb of
 * saying, in sentences the team wrote: "X belum mengetahui apakah …", "X tidak mengetahui secara pasti apakah …", "X
 * tak merincikan …" are X's statements with no comment (before: no statement at all), as "X tidak merinci apakah …" and
 * "X belum memberikan keterangan …" already were.
 */
class NotKnowingNarratedTest {

    @Test
    void notKnowingWhetherIsTheSpeakersNoComment() {
        for (String[] speakerThenSentence : new String[][] {
                {"Sutarno", "Namun, Sutarno tidak mengetahui secara pasti apakah para buruh itu memiliki izin kerja."},
                {"Bulog", "Bulog belum mengetahui apakah gudang itu diasuransikan."}}) {
            List<Statement> found = Extract.id(speakerThenSentence[1]);
            assertThat(found).as(speakerThenSentence[1]).hasSize(1);
            assertThat(found.get(0).stance()).isEqualTo(Stance.NO_COMMENT);
            assertThat(found.get(0).speaker()).contains(speakerThenSentence[0]);
        }
    }

    /** "merincikan" is "merinci" with -kan: negated, the details were not given. */
    @Test
    void notDetailingWithKanIsNoComment() {
        Statement s = Extract.one("id", "Meski begitu, Sutarno tak merincikan penyebab robohnya jembatan tersebut.");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker()).contains("Sutarno");
    }

    /** In a quotation the quoted speaker's own "kami tidak mengetahui apakah …" stays one statement of theirs. */
    @Test
    void aQuotedNotKnowingStaysTheQuotedSpeakers() {
        List<Statement> found = Extract.id(
                "\"Rekrutmen sudah berjalan, tapi kami tidak mengetahui apakah pabriknya tetap dibuka atau tidak,\" ujar Sutarno.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker()).contains("Sutarno");
    }
}
