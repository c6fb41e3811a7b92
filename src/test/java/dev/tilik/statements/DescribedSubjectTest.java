package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pronoun opening a sentence continues the previous sentence's subject, also when the narration describes that
 * subject ("Seorang warga …") and names the last speaker as its object, in sentences the team wrote.
 */
class DescribedSubjectTest {

    @Test
    void aPronounAfterADescribedSubjectIsThatPersonNotTheSpeakerTheSentenceNamesAsItsObject() {
        String text = "Kepala Dinas Perdagangan Kota Sukamaju Rina Wati mengatakan gudang itu aman.\n"
                + "Seorang warga yang tinggal di dekat gudang memprotes pernyataan Rina Wati. "
                + "Ia membantah gudang itu aman bagi warga.";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Seorang warga");
        assertThat(s.get(1).party()).isNull();
    }

    @Test
    void aCueCliticAfterADescribedSubjectIsThatPersonToo() {
        String text = "Kepala Dinas Perdagangan Kota Sukamaju Rina Wati mengatakan gudang itu aman.\n"
                + "Salah seorang pedagang pasar menanggapi ucapan Rina Wati.\n"
                + "\"Gudang itu tidak aman, kami sudah lama mencium bau gas,\" katanya.";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Salah seorang pedagang pasar");
    }
}
