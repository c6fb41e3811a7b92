package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person the article introduced after a title ("Wetan Regent Sutarmo"), speaking later by that one word of the name
 * ("Sutarmo insisted …"), is the person a pronoun after it takes, not an earlier titled speaker. A word the article
 * also writes in lower case ("Warga", "warga") is a common noun opening a sentence, no such name. Sentences written for
 * a harbour levy story, none of the development sets' stories.
 */
class TitledOneNameSpeakersTest {

    @Test
    void aPronounAfterAOneWordNameIntroducedWithATitleIsThatPerson() {
        String speaker = lastSpeaker("en", "ten thousand",
                "Hundreds protested on Monday against Wetan Regent Sutarmo over the harbour levy.\n\n"
                + "Police spokesperson Rina Wulandari said the protest was peaceful.\n\n"
                + "Sutarmo insisted he would not revoke the levy. He even challenged the residents by saying that"
                + " he would face ten thousand protesters.");
        assertThat(speaker).contains("Sutarmo").doesNotContain("Rina");
    }

    @Test
    void aOneWordNameIntroducedWithATitleIsThePersonOfAClitic() {
        String speaker = lastSpeaker("id", "tidak akan dicabut",
                "Warga memprotes kebijakan Plt Sekda Sutarmo soal retribusi pelabuhan.\n\n"
                + "Kepala Dinas Perhubungan Rina Wulandari mengatakan retribusi itu sudah dibahas bersama DPRD.\n\n"
                + "Sutarmo menegaskan retribusi pelabuhan tetap berlaku.\n\n"
                + "\"Boleh protes, tapi retribusi tidak akan dicabut,\" tandasnya.");
        assertThat(speaker).contains("Sutarmo").doesNotContain("Rina");
    }

    @Test
    void aWordTheArticleAlsoWritesInLowerCaseIsNoName() {
        String speaker = lastSpeaker("id", "menjelaskan alasannya",
                "Kepala Dinas Perhubungan Rina Wulandari mengatakan retribusi pelabuhan sudah dibahas.\n\n"
                + "Warga menolak retribusi itu, kata Ketua Warga Pelabuhan Budi Santoso. Sebagian warga sudah mengungsi.\n\n"
                + "Warga mengatakan retribusi terlalu mahal.\n\n"
                + "\"Kami sudah menjelaskan alasannya,\" ujarnya.");
        assertThat(speaker).doesNotStartWith("Warga");
    }

    /** The speaker of the article's last statement, whose claim must hold {@code claimWords}. */
    private static String lastSpeaker(String language, String claimWords, String text) {
        List<Statement> all = language.equals("en") ? Extract.en(text) : Extract.id(text);
        assertThat(all).isNotEmpty();
        Statement last = all.get(all.size() - 1);
        assertThat(Extract.claim(language, text, last)).contains(claimWords);
        return last.speaker();
    }
}
