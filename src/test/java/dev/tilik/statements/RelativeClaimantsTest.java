package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cue of claiming right after a relative marker in a sentence nothing else attributes (rules
 * {@code relativeClaimCues}): the noun phrase before the marker claims what follows. An invented story: a landslide
 * on a village road and the figures told about it.
 */
class RelativeClaimantsTest {

    private static String claim(String text, Statement s) {
        return Extract.claim("id", text, s);
    }

    @Test
    void aThingOrAPersonBeforeARelativeCueOfClaimingSpeaksWhatFollows() {
        String thing = "Warganet sempat dihebohkan dengan sebuah unggahan yang mengklaim ada 9 warga tertimbun longsor di Desa Lintang.";
        List<Statement> one = Extract.id(thing);
        assertThat(one).extracting(s -> claim(thing, s)).containsExactly("ada 9 warga tertimbun longsor di Desa Lintang");
        assertThat(one).extracting(Statement::speaker).containsExactly("unggahan");

        String person = "Ada pula Rudi Hartono yang mengaku dibayar Rp90 ribu per hari untuk membersihkan jalan desa.";
        List<Statement> two = Extract.id(person);
        assertThat(two).extracting(s -> claim(person, s))
                .containsExactly("dibayar Rp90 ribu per hari untuk membersihkan jalan desa");
        assertThat(two).extracting(Statement::speaker).containsExactly("Rudi Hartono");
    }

    @Test
    void aSentenceWhoseOwnCueNamesAnotherSpeakerKeepsItAndNamingIsNoClaim() {
        String denied = "Kepala Desa Lintang, Budi Santoso, membantah unggahan yang mengklaim ada 9 warga tertimbun longsor.";
        assertThat(Extract.id(denied)).extracting(Statement::speaker).containsExactly("Kepala Desa Lintang, Budi Santoso");

        String named = "Sebuah kelompok yang menyebut diri sebagai Relawan Lintang membagikan 200 paket makanan.";
        assertThat(Extract.id(named)).isEmpty();
    }
}
