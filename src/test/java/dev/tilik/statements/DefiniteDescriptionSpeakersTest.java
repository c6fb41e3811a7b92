package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker written as a definite description of a person met before, with no name: Indonesian closes a title and the
 * words describing its holder with a demonstrative ("Jenderal bintang tiga itu"), English opens a role or a region's
 * head title with its definite article ("said the regent"). Both point back at the person the article named; an
 * indefinite "a spokesman" and a body ("the police") do not. Sentences written for a harbour dredging story and a flood
 * barrier, none of the development sets' stories.
 */
class DefiniteDescriptionSpeakersTest {

    @Test
    void aTitleDescribedAndClosedByADemonstrativeIsThePersonNamedBefore() {
        List<Statement> all = Extract.id("Kepala Badan Keamanan Laut Jenderal Rudi Hartono mengatakan kapal keruk sudah ditarik"
                + " dari pelabuhan Wetan.\n\n"
                + "Jenderal bintang tiga itu menduga kapal keruk rusak karena cuaca buruk.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).speaker()).contains("Rudi Hartono");
    }

    @Test
    void theRegentIsTheRegentNamedBefore() {
        List<Statement> all = Extract.en("Wetan Regent Rina Wulandari said the flood barrier would be finished in May.\n\n"
                + "\"We will not back down, not even a single step,\" said the regent.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).speaker()).contains("Rina Wulandari");
    }

    @Test
    void theRegentNamedOnlyInAnAppositionIsThatPerson() {
        List<Statement> all = Extract.en("Flood barriers are rare on the coast. But Rina Wulandari, the regent of Wetan,"
                + " chose to build one before the rainy season.\n\n"
                + "\"We will not back down, not even a single step,\" said the regent.");
        assertThat(all).isNotEmpty();
        assertThat(all.get(all.size() - 1).speaker()).contains("Rina Wulandari");
    }

    @Test
    void aPronounForTheRegentIsTheRegentNamedInAnApposition() {
        List<Statement> all = Extract.en("But Rina Wulandari, the regent of Wetan, chose to build a flood barrier.\n\n"
                + "Faced with a protest, the regent responded with a statement.\n\n"
                + "\"We will not back down, not even a single step,\" he said.");
        assertThat(all).isNotEmpty();
        assertThat(all.get(all.size() - 1).speaker()).contains("Rina Wulandari");
    }

    @Test
    void anIndefiniteRoleOrABodyIsNoOneNamedBefore() {
        List<Statement> spokesman = Extract.en("Wetan Regent Rina Wulandari said the flood barrier would be finished in May.\n\n"
                + "\"The barrier is safe,\" a spokesman said.");
        assertThat(spokesman).hasSize(2);
        assertThat(spokesman.get(1).speaker()).doesNotContain("Rina");
        List<Statement> police = Extract.en("Wetan Regent Rina Wulandari said the flood barrier would be finished in May.\n\n"
                + "\"Nobody was hurt,\" said the police.");
        assertThat(police).hasSize(2);
        assertThat(police.get(1).speaker()).doesNotContain("Rina");
    }
}
