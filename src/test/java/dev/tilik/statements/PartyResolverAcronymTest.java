package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short form is two capitals or more, every char upper case (invented names of a river authority). */
class PartyResolverAcronymTest {
    private static boolean acronym(String word) {
        return PartyResolver.isAcronym(new Token(0, word.length(), word));
    }

    @Test
    void aShortFormIsTwoCapitalsOrMoreAndNothingElse() {
        assertThat(acronym("BBWS")).isTrue();
        assertThat(acronym("ÉTA")).as("capitals beyond ASCII").isTrue();
        assertThat(acronym("B")).as("one capital").isFalse();
        assertThat(acronym("BBWs")).isFalse();
        assertThat(acronym("BB-2")).as("a hyphen or digit is no capital").isFalse();
    }
}
