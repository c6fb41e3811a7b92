package dev.tilik.findings;

import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.NumberWords;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the detectors read of the languages beside the finding rules, made once per folder: one value a {@link Story}
 * is given, so a detector's new reader is one field here, not one more constructor of {@code Story}.
 *
 * @param currencies   units that are money, of every language, in lower case ("rp", "dolar", "$")
 * @param restatements what tells a statement saying a denial again, negated, from a second side
 * @param questions    the question a denial puts and the words through which a claim answers it, read through the
 *                     same {@link ClaimWords} as {@code restatements}: a claim is tokenised once a voice
 * @param numberWords  the words that write a figure, of every language ({@code numbers.words})
 * @param relativeDays the words naming a day by its distance from the article's date, of every language
 * @param rulings      what tells a court's ruling on a request from a party's denial ({@code petitions})
 * @param promises     what tells a denial that promises ({@code assurances}) from one about what is so
 * @param matters      what tells a claim that only names what was spoken about ("soal …", "membahas …")
 * @param agreements   what tells a speaker the text says agrees with another ("senada dengan …", "echoing …")
 * @param aspects      what tells the aspect of an event a claim is about (its cause, its origin, a count, a time)
 * @param relatives    what tells a relative clause set off by a comma, which says more of a noun and limits no claim
 * @param grounds      what tells a statement retelling, in its own article, the ground a denial gives ("karena …")
 * @param carried      what tells an article carrying another outlet's report ("dilansir dari …", "as reported by …")
 */
record StoryReaders(Set<String> currencies, Restatements restatements, DenialQuestions questions,
                    NumberWords numberWords, RelativeDays relativeDays, Rulings rulings, Promises promises,
                    Matters matters, Agreements agreements, Aspects aspects, SetOffRelatives relatives,
                    Grounds grounds, CarriedReports carried) {
    /** No language read: the detectors' language checks find nothing (tests of one detector's core). */
    static final StoryReaders NONE = new StoryReaders(Set.of(), new Restatements(ClaimWords.NONE),
            new DenialQuestions(ClaimWords.NONE), NumberWords.of(List.of()),
            RelativeDays.NONE, Rulings.NONE, Promises.NONE, Matters.NONE, Agreements.NONE, Aspects.NONE,
            SetOffRelatives.NONE, Grounds.NONE, CarriedReports.NONE);

    StoryReaders {
        currencies = Set.copyOf(currencies);
        Objects.requireNonNull(restatements, "restatements");
        Objects.requireNonNull(questions, "questions");
        if (restatements.words() != questions.words()) {
            throw new IllegalArgumentException("restatements and questions read two sets of claim words");
        }
        Objects.requireNonNull(numberWords, "numberWords");
        Objects.requireNonNull(relativeDays, "relativeDays");
        Objects.requireNonNull(rulings, "rulings");
        Objects.requireNonNull(promises, "promises");
        Objects.requireNonNull(matters, "matters");
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(aspects, "aspects");
        Objects.requireNonNull(relatives, "relatives");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(carried, "carried");
    }

    /** Every reader of {@code languages}. */
    static StoryReaders of(Collection<LanguageRules> languages) {
        Set<String> currencies = new HashSet<>();
        languages.forEach(l -> l.numbers().currencies().forEach(c -> currencies.add(c.strip().toLowerCase(Locale.ROOT))));
        ClaimWords words = ClaimWords.of(languages);
        return new StoryReaders(currencies, new Restatements(words), new DenialQuestions(words),
                NumberWords.of(languages), RelativeDays.of(languages), Rulings.of(languages), Promises.of(languages),
                Matters.of(languages), Agreements.of(languages), Aspects.of(languages), SetOffRelatives.of(languages),
                Grounds.of(languages), CarriedReports.of(languages));
    }

    /** These readers with {@code restatements}, a denial's questions read through its words, and {@code numberWords}. */
    StoryReaders with(Restatements restatements, NumberWords numberWords) {
        return new StoryReaders(currencies, restatements, new DenialQuestions(restatements.words()), numberWords,
                relativeDays, rulings, promises, matters, agreements, aspects, relatives, grounds, carried);
    }

    /** The claims' words both {@link #restatements} and {@link #questions} read through. */
    ClaimWords claimWords() {
        return restatements.words();
    }
}
