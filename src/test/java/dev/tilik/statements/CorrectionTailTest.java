package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * "A, bukan karena B": a claim that says what is so and then, set off by a comma, what it is not asserts A as the claim
 * reads; the dismissal after the comma only corrects (docs/ACCURACY.md, branch h14st14). Whether it denies a
 * proposition that holds B is the folder's to say ({@link RelativeStance}; the flood fixture's "banjir disebabkan curah
 * hujan ekstrem, bukan tanggul jebol" among claims of a levee breach). Sentences the team wrote in the style of story
 * kinds none of the development sets is: a warehouse fire, a bridge collapse, a flood.
 */
class CorrectionTailTest {

    private static void take(Stance expected, String language, String... sentences) {
        Extract.takes(expected, language, sentences);
    }

    @Test
    void aCorrectionAfterWhatIsSoAssertsIt() {
        take(Stance.ASSERT, "id",
                // warehouse fire: "bukan karena", a dismissal elsewhere, after the cause the claim gives
                "Kapolres mengatakan kebakaran gudang itu dipicu oleh korsleting listrik, bukan karena pembakaran.",
                // bridge collapse: "bukan akibat" after what caused it
                "Kepala dinas menjelaskan jembatan itu ambruk karena fondasinya tergerus arus, bukan akibat kelebihan muatan.");
        take(Stance.ASSERT, "en",
                // flood: English "not because of" after the cause
                "The district head said the flooding was caused by a blocked canal, not because of the dam.");
    }

    @Test
    void aNegationThatIsTheClaimsOwnPredicateStillDenies() {
        take(Stance.DENY, "id",
                // the comma closes a relative clause set off inside the subject: the negation is the predicate
                "Kepala dinas menegaskan gudang itu, yang disorot karena kebakaran, bukan bagian dari kawasan industri.",
                // a verb negated after the comma: "bukan merupakan" is a predicate of its own
                "Kepala dinas menegaskan gudang di tepi sungai itu, bukan merupakan bagian dari kawasan industri.",
                // no clause before the negation: a dismissal of its own
                "Kapolres mengatakan kebakaran itu bukan karena pembakaran.");
    }
}
