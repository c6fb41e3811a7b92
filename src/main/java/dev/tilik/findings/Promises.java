package dev.tilik.findings;

import dev.tilik.model.Stance;
import dev.tilik.rules.LanguageRules;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /** How many times a denial's cue and claim were read for a word of assurance ({@link #claimsRead()}). */
    private final java.util.concurrent.atomic.LongAdder claimsRead = new java.util.concurrent.atomic.LongAdder();

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
            List<String> t = ClaimWords.tokens(a);
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

    /** One detection's questions to the promises: each denial's cue and claim read once, in however many clusters. */
    Reading reading() {
        return reading(v -> List.of());
    }

    /**
     * As {@link #reading()}, a denial also looking ahead when another statement its voice makes in its article does
     * ({@link #looksAhead}): "kunci itu masih belum bisa digunakan" beside the same source's "kunci itu tidak digunakan"
     * says of the second, too, what is not so yet.
     *
     * @param fellows a voice's statements in its own article (itself among them or not)
     */
    Reading reading(Function<Voice, List<Voice>> fellows) {
        return new Reading(fellows);
    }

    /** Asks, for one detection, which denials are promises and which of a cluster's voices they overtake. */
    final class Reading {
        private final Map<Voice, Boolean> promise = new HashMap<>();
        private final Function<Voice, List<Voice>> fellows;

        private Reading(Function<Voice, List<Voice>> fellows) {
            this.fellows = fellows;
        }

        /** {@link Promises#isPromise}, or a denial whose voice looks ahead elsewhere in its article; each voice read once. */
        boolean isPromise(Voice v) {
            return promise.computeIfAbsent(v, x -> Promises.this.isPromise(x) || x.statement().stance() == Stance.DENY
                    && fellows.apply(x).stream().anyMatch(f -> !f.equals(x) && looksAhead(f)));
        }

        /** True when some denial of {@code side0} is a promise: with none, no voice of the other side is overtaken. */
        boolean anyPromise(List<Voice> side0) {
            for (Voice d : side0) {
                if (isPromise(d)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Drops from {@code side1} each voice that tells what became of the promises it meets ({@link #overtakes}):
         * the side-0 denials whose question it answers, dated (when both are) within {@code days} of it — the others
         * leave the finding anyway ({@link TimeWindow}). The denials are indexed by question once for the cluster.
         */
        void dropOvertaken(List<Voice> side0, List<Voice> side1, OneQuestion question,
                           Function<Voice, Optional<LocalDate>> dateOf, Integer days) {
            if (!anyPromise(side0)) {
                return;
            }
            OneQuestion.Among denials = question.among(side0);
            side1.removeIf(v -> {
                Optional<LocalDate> day = dateOf.apply(v);
                if (day.isEmpty()) {
                    return false;
                }
                List<Voice> met = denials.answeredBy(v).stream().filter(d -> {
                    Optional<LocalDate> said = dateOf.apply(d);
                    return days == null || said.isEmpty() || Math.abs(ChronoUnit.DAYS.between(said.get(), day.get())) <= days;
                }).toList();
                return overtakes(day, met, dateOf, this::isPromise);
            });
        }
    }

    /**
     * True when every denial a voice said on {@code day} is set against is a promise dated {@link #OVERTAKEN_DAYS}
     * days or more before it: it tells what became of them.
     */
    private static boolean overtakes(Optional<LocalDate> day, List<Voice> denials,
                                     Function<Voice, Optional<LocalDate>> dateOf, Predicate<Voice> promise) {
        if (day.isEmpty() || denials.isEmpty()) {
            return false;
        }
        for (Voice d : denials) {
            Optional<LocalDate> said = dateOf.apply(d);
            if (!promise.test(d) || said.isEmpty() || ChronoUnit.DAYS.between(said.get(), day.get()) < OVERTAKEN_DAYS) {
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
        return v.statement().stance() == Stance.DENY && looksAhead(v);
    }

    /** True when {@code v}'s cue or claim holds a word of assurance, or its claim says something has not happened yet. */
    private boolean looksAhead(Voice v) {
        claimsRead.increment();
        String cue = v.statement().cue();
        List<String> claim = ClaimWords.tokens(v.claimText());
        return cue != null && ClaimWords.tokens(cue).stream().anyMatch(this::assures)
                || claim.stream().anyMatch(this::assures) || Phrases.anyOpensBefore(notYetFrom, claim, claim.size());
    }

    /** How many times {@link #isPromise} read a denial's words (for tests of what a check costs). */
    long claimsRead() {
        return claimsRead.sum();
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
