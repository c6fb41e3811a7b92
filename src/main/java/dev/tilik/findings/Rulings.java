package dev.tilik.findings;

import dev.tilik.model.Stance;
import dev.tilik.rules.LanguageRules;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A court's ruling on a request is no party's denial. "MA menolak permohonan kasasi yang diajukan Sritex" is read as a
 * denial through its cue ("menolak"), yet it decides what a party asked; it says nothing against the party having asked
 * ("permohonan PK diajukan"), nor against any account of what is so. A denial by its cue whose claim opens with one of
 * the rules' {@code petitions} ("permohonan kasasi", "peninjauan kembali", "gugatan", "appeal", "lawsuit") is such a
 * ruling, and sits on no side of a stance finding.
 */
final class Rulings {
    /** How far into the claim the request may open: "permohonan kasasi", or one word before it ("seluruh gugatan"). */
    private static final int OPENING = 2;

    private final Map<String, List<List<String>>> petitionsFrom;

    /** Knows no petition: rules nothing out (rules with no language). */
    static final Rulings NONE = new Rulings(List.of());

    /** @param petitions what a party asks a court to decide, of every language ("permohonan kasasi", "appeal") */
    Rulings(Collection<String> petitions) {
        this.petitionsFrom = Phrases.byFirstWord(Phrases.phrases(petitions));
    }

    /** The petitions of every language of {@code languages}. */
    static Rulings of(Collection<LanguageRules> languages) {
        return new Rulings(languages.stream().flatMap(l -> l.statements().petitions().stream()).toList());
    }

    /** True when {@code v} denies through its cue a request its claim opens with: a ruling, not a position. */
    boolean isRuling(Voice v) {
        if (v.statement().stance() != Stance.DENY || petitionsFrom.isEmpty()) {
            return false;
        }
        return Phrases.anyOpensBefore(petitionsFrom, ClaimWords.tokens(v.claimText()), OPENING);
    }
}
