package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English extraction with the part-of-speech and lemma models: cue lemmas, noun phrases, negation and modality scope. */
class EnglishGrammarTest {

    private static Statement one(String text) {
        return Extract.one("en", text);
    }

    private static String claim(String text) {
        Document d = TestDocuments.of(Extract.RULES, "en", "t.txt", text);
        return Extract.one("en", text).claim().coveredText(d.text());
    }

    @Test
    void everyInflectionOfACueLemmaIsACue() {
        assertThat(one("Pyongyang denies sending troops.").stance()).isEqualTo(Stance.DENY);
        assertThat(one("The ambassador disputes reports that his country shipped shells.").stance()).isEqualTo(Stance.DENY);
        assertThat(one("The official is confirming that troops arrived.").stance()).isEqualTo(Stance.CONFIRM);
        assertThat(one("The secretary acknowledges that troops are in Russia.").stance()).isEqualTo(Stance.CONFIRM);
        assertThat(one("Zakharova says Moscow never sent soldiers abroad.").cue()).isEqualTo("says");
    }

    @Test
    void aCueWordUsedAsANounIsNoCue() {
        assertThat(Extract.en("The reports of troops in Kursk could not be verified.")).isEmpty();
        assertThat(Extract.en("Moscow and Seoul trade claims over North Korean troops")).isEmpty();
        assertThat(one("The claims were dismissed by Pyongyang.").speaker()).isEqualTo("Pyongyang");
        // the model tags this headline's first word as a verb; a capitalised word is still a name
        assertThat(one("Pyongyang again rejects arms claims").speaker()).isEqualTo("Pyongyang");
    }

    @Test
    void speakerIsTheNounPhraseBeforeTheCue() {
        assertThat(one("Russian Foreign Ministry spokeswoman Maria Zakharova on Thursday denied that troops were in Kursk.").speaker())
                .isEqualTo("Russian Foreign Ministry spokeswoman Maria Zakharova");
        assertThat(one("A senior US official, speaking on condition of anonymity, said troops had moved.").speaker())
                .isEqualTo("A senior US official");
        assertThat(one("A senior official who spoke on condition of anonymity said troops had moved.").speaker())
                .isEqualTo("A senior official");
        assertThat(one("North Korea's ambassador to Moscow disputes reports that troops were sent.").speaker())
                .isEqualTo("North Korea's ambassador to Moscow");
        assertThat(one("North Korea's state media has repeatedly denied sending weapons to Russia.").speaker())
                .isEqualTo("North Korea's state media");
    }

    @Test
    void afterAContrastTheNounPhraseBeforeTheCueSpeaksNotTheClauseBefore() {
        // "but" opens a clause of its own: its subject speaks, never the object of the clause before the comma
        assertThat(one("The hackers demanded a ransom, but the minister said the government would never pay.").speaker())
                .isEqualTo("the minister");
        assertThat(one("The hackers demanded a ransom, but communications minister Budi Arie Setiadi said the government would never pay.")
                .speaker()).isEqualTo("communications minister Budi Arie Setiadi");
        assertThat(one("The hackers demanded a ransom, but Budi Arie Setiadi said the government would never pay.").speaker())
                .isEqualTo("Budi Arie Setiadi");
    }

    @Test
    void aQuotationBeforeASpeakerWithAnAcronymInParenthesesIsTheClaim() {
        String text = "\u201CAs of 13:00, the number of dead victims was 44 people,\u201D national disaster agency (BNPB) "
                + "spokesman Abdul Muhari said in a statement on Monday.";
        assertThat(one(text).speaker()).endsWith("spokesman Abdul Muhari");
        assertThat(claim(text)).isEqualTo("As of 13:00, the number of dead victims was 44 people");
        assertThat(one(text).numbers()).extracting(NumberMention::counted).containsOnlyOnce("dead");
    }

    @Test
    void aCueAfterAReportedClauseTakesTheClauseAsClaim() {
        String text = "Kim Jong Un was shown inspecting a missile factory, North Korean state media said.";
        assertThat(one(text).speaker()).isEqualTo("North Korean state media");
        assertThat(claim(text)).isEqualTo("Kim Jong Un was shown inspecting a missile factory");
    }

    @Test
    void negationScopesOverTheWholeVerbGroup() {
        Statement s = one("President Yoon Suk Yeol did not publicly deny that Seoul was considering sending weapons.");
        assertThat(s.stance()).isEqualTo(Stance.HEDGE);
        assertThat(s.speaker()).isEqualTo("President Yoon Suk Yeol");
        assertThat(one("The Kremlin declines to deny the reports about troops.").stance()).isEqualTo(Stance.HEDGE);
        assertThat(one("The Kremlin has flatly denied the reports about troops.").stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void aQuotedModalIsConditionalUnlessNegated() {
        assertThat(one("\"Sending troops to Kursk would violate the armistice,\" a South Korean defence official said.").stance())
                .isEqualTo(Stance.CONDITIONAL);
        assertThat(one("\"We would never send troops to Russia,\" the envoy said.").stance()).isEqualTo(Stance.DENY);
        assertThat(one("Officials said the troops would arrive in Kursk next week.").stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aQuotationGoingOnInTheNextSentenceKeepsItsSpeaker() {
        List<Statement> s = Extract.en("\"We have never sent a soldier to Russia,\" the ambassador said. "
                + "\"Any cooperation with Moscow is lawful.\"");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("the ambassador");
        assertThat(s.get(1).quote()).isTrue();
        assertThat(s.get(0).stance()).isEqualTo(Stance.DENY);
    }
}
