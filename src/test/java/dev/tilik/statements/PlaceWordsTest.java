package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place says where, not who, on copy the team wrote about an invented regency (no story of the development sets): the
 * regency government's denial that it meant to seize fishermen's boats and an activist's report of fishermen arrested in
 * a clash "di Kabupaten Tirta Mulya" share the regency's name and a word, and the name is no accused actor's, so they
 * do not meet in a proposition named by the place.
 */
class PlaceWordsTest {

    @SuppressWarnings("unused")
    private static final String[][] REGENCY = {
            {"id", "Kepala Bagian Hukum, Rina Lestari, mengatakan Pemerintah Kabupaten Tirta Mulya tidak bermaksud menyita "
                    + "perahu nelayan."},
            {"id", "Aktivis lingkungan, Umar Said, mengatakan dua nelayan ditangkap dalam bentrokan di Kabupaten Tirta Mulya."},
            {"id", "Ketua koperasi, Slamet Riyadi, mengatakan harga solar di pelabuhan naik sejak pekan lalu."},
    };

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aNameOfTwoPlacesIsNoAccusedActor() {
        assertThat(ActorPropositions.notPlaces(List.of("tirta mulya", "sinar jaya"), java.util.Set.of("tirta", "mulya", "kabupaten")))
                .containsExactly("sinar jaya");
    }
}
