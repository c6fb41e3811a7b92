package dev.tilik.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakersTest {
    @Test
    void aShorterNameWhoseWordsAllAppearIsTheSameSpeaker() {
        assertThat(Speakers.same("Perwakilan Korut di PBB", "Perwakilan Korut di Perserikatan Bangsa-Bangsa (PBB)")).isTrue();
        assertThat(Speakers.same("Kim Jong Gyu", "kim jong gyu")).isTrue();
        assertThat(Speakers.same("Pihak berwenang Korea Selatan", "Korea Selatan")).isTrue();
    }

    @Test
    void differentNamesAreDifferentSpeakers() {
        assertThat(Speakers.same("Kim Jong Gyu", "Kim Hong Kyun")).isFalse();
        assertThat(Speakers.same("Korea Utara", "Korea Selatan")).isFalse();
        assertThat(Speakers.same("Seoul", null)).isFalse();
        assertThat(Speakers.same("Seoul", "(-)")).isFalse();
    }
}
