package dev.tilik.findings;

import dev.tilik.model.Stance;
import dev.tilik.rules.LanguageRules;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A promise overtaken by what happened later is no contradiction at one moment. "Manajemen berkomitmen untuk tidak
 * melakukan PHK" and "memastikan tidak adanya PHK", said in January, are about what will be; an account dated weeks
 * later that the workers were laid off tells that the promise did not hold, not that two sources disagree about one
 * fact. A denial is a promise when its cue or its claim holds a word of assurance (the rules' {@code assurances}:
 * "memastikan", "berkomitmen", "menjamin", "guarantee", "pledge"; "pledged").
 *
 * <p>A denial that something has not yet happened ("server belum pulih", "the line has not yet reopened": the rules'
 * {@code notYet}) looks ahead the same way: an account dated weeks later that it has ("layanan sudah pulih") tells what
 * became of it, not that the two disagree about one moment.
 */
final class Promises {
    /** How long after every promise an account must be dated to tell what became of it. */
    static final int OVERTAKEN_DAYS = 14;

    /** How many letters an inflected word of assurance may add ("pledge" → "pledged", "assure" → "assures"). */
    private static final int ENDING = 3;

    /** The first word of each assurance, lower case ("berkomitmen untuk" → "berkomitmen"). */
    private final Set<String> assurances;

    /** The rules' {@code notYet} phrases by their first word ("belum", "not yet"). */
    private final java.util.Map<String, List<List<String>>> notYetFrom;

    /** Knows no assurance: no denial is a promise. */
    static final Promises NONE = new Promises(List.of());

    /** @param assurances the words of assurance of every language ("memastikan", "berkomitmen untuk", "guarantee") */
    Promises(Collection<String> assurances) {
        this(assurances, List.of());
    }

    /**
     * @param assurances the words of assurance of every language ("memastikan", "berkomitmen untuk", "guarantee")
     * @param notYet     the phrases saying something has not happened yet, of every language ("belum", "not yet")
     */
    Promises(Collection<String> assurances, Collection<String> notYet) {
        this.notYetFrom = Phrases.byFirstWord(Phrases.phrases(notYet));
        Set<String> first = new HashSet<>();
        for (String a : assurances) {
            List<String> t = Restatements.tokens(a);
            if (!t.isEmpty()) {
                first.add(t.get(0));
            }
        }
        this.assurances = Set.copyOf(first);
    }

    /** The assurances of every language of {@code languages}. */
    static Promises of(Collection<LanguageRules> languages) {
        return new Promises(languages.stream().flatMap(l -> l.statements().assurances().stream()).toList(),
                languages.stream().flatMap(l -> l.statements().notYet().stream()).toList());
    }

    /**
     * True when every denial {@code v} is set against is a promise dated {@link #OVERTAKEN_DAYS} days or more before
     * it: it tells what became of them.
     */
    boolean overtakes(Voice v, List<Voice> denials, Function<Voice, Optional<LocalDate>> dateOf) {
        Optional<LocalDate> day = dateOf.apply(v);
        if (day.isEmpty() || denials.isEmpty()) {
            return false;
        }
        for (Voice d : denials) {
            Optional<LocalDate> said = dateOf.apply(d);
            if (!isPromise(d) || said.isEmpty() || ChronoUnit.DAYS.between(said.get(), day.get()) < OVERTAKEN_DAYS) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code v} denies through a word of assurance, in its cue or its claim, or denies that something has
     * happened yet: it looks ahead.
     */
    boolean isPromise(Voice v) {
        if (v.statement().stance() != Stance.DENY) {
            return false;
        }
        String cue = v.statement().cue();
        List<String> claim = Restatements.tokens(v.claimText());
        return cue != null && Restatements.tokens(cue).stream().anyMatch(this::assures)
                || claim.stream().anyMatch(this::assures) || notYet(claim);
    }

    private boolean notYet(List<String> claim) {
        for (int i = 0; i < claim.size(); i++) {
            if (Phrases.longest(notYetFrom, claim, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word is a word of assurance, or one with at most {@link #ENDING} letters more ("pledged",
     * "guaranteed", "janjinya"): no root, which would take "putusan" (a ruling) for "memutuskan".
     */
    private boolean assures(String word) {
        for (String a : assurances) {
            if (word.startsWith(a) && word.length() - a.length() <= ENDING) {
                return true;
            }
        }
        return false;
    }
}
