package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tilik.rules.SentenceRules;
import dev.tilik.text.CharSpan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceRepairsTest {
    private final SentenceRepairs repairs = new SentenceRepairs(
            new SentenceRules(List.of("Jl."), List.of("dll."), List.of("WhatsApp")));

    private List<String> split(String text) {
        return repairs.apply(text, List.of(new CharSpan(0, text.length()))).stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void gluedSentencesAreSplitAtTheirCapitalAndNowhereElse() {
        assertThat(split("Kapal berangkat dari PelabuhanSetelah itu cuaca memburuk."))
                .containsExactly("Kapal berangkat dari Pelabuhan", "Setelah itu cuaca memburuk.");
        assertThat(split("Penumpang tiba kata Rina.Dari dermaga mereka pulang."))
                .containsExactly("Penumpang tiba kata Rina.", "Dari dermaga mereka pulang.");
        assertThat(split("Kabar itu beredar lewat WhatsApp kemarin.")).containsExactly("Kabar itu beredar lewat WhatsApp kemarin.");
        assertThat(split("Nakhoda berkata \"kami tiba di dermagaTiga jam kemudian\" lalu pergi."))
                .containsExactly("Nakhoda berkata \"kami tiba di dermagaTiga jam kemudian\" lalu pergi.");
        assertThat(split("Ia tinggal di Jl.Merdeka sejak lama.")).containsExactly("Ia tinggal di Jl.Merdeka sejak lama.");
    }

    /** Listed abbreviations glued together end no sentence; a glued pair with an unlisted part still does. */
    @Test
    void listedAbbreviationsWrittenTogetherEndNoSentence() {
        SentenceRepairs ranks = new SentenceRepairs(new SentenceRules(List.of("Kombes.", "Pol."), List.of(), List.of()));
        String text = "Dewan akan memanggil Kapolres Kombes.Pol. Andi Wirawan pada Senin. Ia hadir.";
        List<CharSpan> cut = List.of(new CharSpan(0, 41), new CharSpan(42, 66), new CharSpan(67, text.length()));
        assertThat(ranks.apply(text, cut).stream().map(s -> text.substring(s.start(), s.end())))
                .containsExactly("Dewan akan memanggil Kapolres Kombes.Pol. Andi Wirawan pada Senin.", "Ia hadir.");
        String unlisted = "Ia bekerja di Kantor Kombes.Pusat. Andi datang kemudian.";
        List<CharSpan> two = List.of(new CharSpan(0, 34), new CharSpan(35, unlisted.length()));
        assertThat(ranks.apply(unlisted, two)).hasSize(2);
    }

    /**
     * A scraped page can hold one very long run of letters (a glued link, an encoded image). Reading the words either side
     * of every lower-case letter rescanned the run so far for each of its letters: a million letters took minutes. Read
     * only at a capital, it is one pass.
     */
    @Test
    void aLongRunOfLowerCaseLettersIsReadOnce() {
        String run = "a".repeat(1_000_000);
        String text = "Kapal itu membawa " + run + "Setelah itu cuaca memburuk.";
        List<String> sentences = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> split(text));
        assertThat(sentences).containsExactly("Kapal itu membawa " + run, "Setelah itu cuaca memburuk.");
    }
}
