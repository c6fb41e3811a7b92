package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A speaker is the name and nothing after it: a particle or adverb after the name opens the clause ("Rudi pun belum
 * bisa", "kata Rudi hanya bersifat …"); a name with a relative clause closed by "pun" is the name ("Rudi yang datang
 * bersama Kapolres pun meminta"); a date or an age in parentheses after the name is no part of it ("ujar Rudi
 * (13/5/2025)", "Rudi (55) mengatakan"). The team's own sentences on an invented story of a closed ferry pier.
 */
class NameEndsSpeakerTest {

    @Test
    void aParticleAfterTheNameOpensTheVerbGroup() {
        assertThat(speaker("Wulandari pun belum bisa menjelaskan secara rinci jadwal kapal.")).isEqualTo("Wulandari");
    }

    @Test
    void anAdverbAfterANameAfterTheCueIsTheClaims() {
        assertThat(speaker("Namun, keterlibatan warga desa dalam penutupan dermaga ketika itu, kata Wulandari hanya bersifat sementara."))
                .isEqualTo("Wulandari");
    }

    @Test
    void aNameWhoseRelativeClauseClosesWithPunIsTheName() {
        assertThat(speaker("Sudarmo yang datang bersama Kapolres Sukamaju dan Dandim pun meminta kapal segera diperiksa."))
                .isEqualTo("Sudarmo");
    }

    @Test
    void aRelativeClauseNamingTheOfficeStays() {
        assertThat(speaker("Sudarmo yang juga Ketua Serikat Pekerja Pelabuhan pun mengatakan dermaga ditutup."))
                .isEqualTo("Sudarmo yang juga Ketua Serikat Pekerja Pelabuhan");
    }

    @Test
    void aDateOrAnAgeInParenthesesIsNoPartOfTheName() {
        assertThat(speaker("\"Kapal belum boleh berlayar,\" ujar Wulandari (13/5/2025).")).isEqualTo("Wulandari");
        assertThat(speaker("Sudarmo (55) mengatakan kapal belum boleh berlayar.")).isEqualTo("Sudarmo");
    }

    private static String speaker(String text) {
        return Extract.one("id", text).speaker();
    }
}
