package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * English says a cause is ruled out with "not a result of" and "not the cause of" as Indonesian does with "bukan akibat"
 * and "bukan penyebab" (rules {@code dismissals}, {@code linkDismissals}): a denial, as "not caused by" is. Invented copy
 * about a factory canteen.
 */
class NegatedResultTest {

    @Test
    void aResultOrCauseNegatedDenies() {
        Extract.takes(Stance.DENY, "en",
                "The health office head said the illness of the workers was not a result of the canteen food.",
                "The health office head said the canteen food was not the cause of the illness.");
    }
}
