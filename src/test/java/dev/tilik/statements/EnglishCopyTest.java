package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms English news copy writes that the rules and the grammar read wrongly before round forty (issue 8, English
 * copy): when it was said between the cue and "that", the month "May", a cue in the passive or before the noun it
 * modifies, a cue inside a hyphenated compound, a name and its apposition before a cue with an object, and a body's
 * short form in an apposition after a name. Round forty-one: a speaker named after the claim ("…, said Rina Wati, the
 * head of the team.") with a second apposition or what the speaker added after it, or with a cue of the clause's own
 * before; a body's name joined by "and" in a speaker's apposition.
 */
class EnglishCopyTest {

    private static List<Statement> en(String text) {
        return Extract.en(text);
    }

    private static Statement one(String text) {
        List<Statement> s = en(text);
        assertThat(s).as(text).hasSize(1);
        return s.get(0);
    }

    private static String claim(String text) {
        Document d = TestDocuments.of(Extract.RULES, "en", "t.txt", text);
        return one(text).claim().coveredText(d.text());
    }

    @Test
    void whenItWasSaidBeforeThatIsNoPartOfTheClaim() {
        String monday = "The governor said on Monday that the province will not pay the contractor.";
        assertThat(claim(monday)).isEqualTo("the province will not pay the contractor");
        assertThat(one(monday).stance()).isEqualTo(Stance.DENY);
        assertThat(claim("The water agency said in a statement late on March 4 that 20 villages had lost their supply."))
                .isEqualTo("20 villages had lost their supply");
        assertThat(claim("Rina Wati stated during an online briefing that the first cases appeared in April."))
                .isEqualTo("the first cases appeared in April");
        assertThat(claim("The mayor told reporters on Friday that the bridge would reopen."))
                .isEqualTo("the bridge would reopen");
    }

    @Test
    void aThatOfAnotherKindClosesNoCircumstance() {
        assertThat(claim("The agency said on that day the pumps were running."))
                .isEqualTo("on that day the pumps were running");
        assertThat(claim("The company said in a statement that was posted online that the plant was safe."))
                .isEqualTo("in a statement that was posted online that the plant was safe");
    }

    @Test
    void theMonthMayHedgesNothing() {
        assertThat(one("Rina Wati said the outbreak began between May and July 2024.").stance()).isEqualTo(Stance.ASSERT);
        assertThat(one("Rina Wati said the outbreak may have begun earlier.").stance()).isEqualTo(Stance.HEDGE);
    }

    @Test
    void aCueInThePassiveYieldsToTheCueNamingTheSpeaker() {
        assertThat(one("The fire was reported in two districts of the city, its mayor Budi Santoso told reporters on Tuesday.")
                .speaker()).isEqualTo("its mayor Budi Santoso");
        assertThat(one("The roof gave way as a third floor was being added to the hall, according to city police spokesman Andi Wijaya.")
                .speaker()).isEqualTo("city police spokesman Andi Wijaya");
        // alone, or with its agent, it is read as before
        assertThat(one("The plan was rejected by the council.").speaker()).isEqualTo("the council");
        assertThat(en("It was stated that the boat was carrying 40 people.")).hasSize(1);
    }

    @Test
    void aCueModifyingTheNounAfterItYieldsToAnotherCue() {
        assertThat(one("According to Rina Wati, the outbreak was the first in the district, while there were 12 reported cases "
                + "last year.").speaker()).isEqualTo("Rina Wati");
    }

    @Test
    void aCueInsideAHyphenatedCompoundIsNoCue() {
        assertThat(en("The ferry, run by state-owned operator Wetan Lintas, carried 40 people.")).isEmpty();
        assertThat(en("The depot, run by state-run energy firm Wetan Energi, sits beside a market.")).isEmpty();
    }

    @Test
    void aNameAndItsAppositionBeforeACueWithAnObjectSpeak() {
        Statement s = one("Colonel Budi Santoso, the army's head of information, confirmed the casualty count in a press briefing "
                + "on Monday afternoon.");
        assertThat(s.speaker()).isEqualTo("Colonel Budi Santoso");
        // a clause before the comma is still what a cue set off after it reports
        assertThat(one("Rescuers found two more bodies on Sunday, said Budi Santoso, the head of the rescue team.").speaker())
                .isEqualTo("Budi Santoso");
    }

    @Test
    void aNameBeforeAnAppositionOpeningWithATitleSpeaks() {
        Statement s = one("Colonel Budi Santoso, Chief of the army's information office, confirmed the death toll on Monday.");
        assertThat(s.speaker()).isEqualTo("Colonel Budi Santoso");
        assertThat(one("Rina Wati, Head of the Wetan Water Board (WWB), said the dam was safe.").party()).isEqualTo("WWB");
    }

    @Test
    void aShortFormInTheAppositionAfterANameIsTheSpeakersBody() {
        assertThat(one("Rina Wati, spokeswoman for the National Water Board, or BAKN, said the dam was safe.").party())
                .isEqualTo("BAKN");
    }

    @Test
    void aSecondAppositionAfterTheSpeakerIsTheSpeakers() {
        String text = "Six of those rescued were taken to clinics and one also had a broken arm, said Dewi Lestari, "
                + "an official at the local rescue office in Bukit, the provincial capital.";
        assertThat(one(text).speaker()).isEqualTo("Dewi Lestari");
        assertThat(claim(text)).isEqualTo("Six of those rescued were taken to clinics and one also had a broken arm");
    }

    @Test
    void whatTheSpeakerAddedAfterTheAppositionLeavesTheSpeakerStanding() {
        String text = "Four walkers were found on Tuesday, out of 60 who were on the slope at the time, said Rudi Santoso, "
                + "spokesperson for the rescue team, adding the road would reopen on Friday.";
        assertThat(one(text).speaker()).isEqualTo("Rudi Santoso");
        assertThat(claim(text)).startsWith("Four walkers were found on Tuesday");
    }

    @Test
    void anEarlierCueInsideTheClauseGivesWayToTheSpeakerNamedAtTheEnd() {
        String text = "The two boats drifted south, estimated to be ten kilometres off the coast, "
                + "said Agus Salim, a navy officer at the port.";
        assertThat(one(text).speaker()).isEqualTo("Agus Salim");
        assertThat(claim(text)).isEqualTo("The two boats drifted south, estimated to be ten kilometres off the coast");
    }

    @Test
    void aParticiplesObjectInLowerCaseIsNoSpeaker() {
        String text = "Officials said the pumps had failed, exposing the village to the flood.";
        assertThat(one(text).speaker()).isEqualTo("Officials");
    }

    @Test
    void aBodysNameJoinedByAndStaysWholeBeforeTheCueAfterAQuotation() {
        // the tagger reads the capitalised "Search" as a verb; inside a name it is the name's word
        String text = "\"So far two houses have been cleared,\" Wulan, head of logistics at the Kali Search and "
                + "Rescue Agency, told reporters on Monday.";
        assertThat(one(text).speaker()).isEqualTo("Wulan, head of logistics at the Kali Search and Rescue Agency");
    }

    @Test
    void aShortFormClosingTheSpeakersAppositionLeavesTheSpeakerStanding() {
        String text = "Pumps cleared two streets on Monday, lowering the water by a metre, said Sari Dewi, "
                + "a spokeswoman for the Lowland Water Board (LWB).";
        assertThat(one(text).speaker()).isEqualTo("Sari Dewi");
        assertThat(one(text).party()).isEqualTo("LWB");
        assertThat(claim(text)).isEqualTo("Pumps cleared two streets on Monday, lowering the water by a metre");
    }

    @Test
    void aNameSetOffBeforeASentenceFinalCueSpeaks() {
        String text = "By Sunday evening, 30 stalls had burned and 12 others were damaged, Andi Pratama, "
                + "spokesman of the City Fire Service (CFS), said.";
        assertThat(one(text).speaker()).isEqualTo("Andi Pratama");
        assertThat(one(text).party()).isEqualTo("CFS");
        assertThat(claim(text)).isEqualTo("By Sunday evening, 30 stalls had burned and 12 others were damaged");
        assertThat(one("By Sunday evening, 30 stalls had burned, Andi Pratama, the market's head, said.").speaker())
                .isEqualTo("Andi Pratama");
    }
}
