package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Objects;

/**
 * One attributed claim in one sentence of one article. All spans point into that article's
 * original text.
 *
 * @param id          stable within its article: {@code <file>#<n>} in order of appearance
 * @param fileName    the article it comes from
 * @param sentence    the whole sentence holding it
 * @param claim       the claim itself (quote or reported clause), inside the sentence
 * @param speaker     who speaks, as written at the point the claim is made or resolved from
 *                    a pronoun ("Kim Jong Gyu" for "Dirinya")
 * @param speakerSpan where the speaker (or the pronoun standing for it) is written, or null
 * @param party       normalised party id from rules ("DPRK", "ROK", "ROK+US"), or null
 * @param cue         the cue word as written ("ujar", "membantah"), or null
 * @param cueSpan     where the cue stands, or null
 * @param quote       true for a direct quotation, false for reported speech
 * @param via         the channel named ("AFP", "KCNA"), or null
 * @param stance      what the speaker does with the claim
 * @param topic       what is claimed: a topic id from the rules' lexicons ("troops"), else the label of the
 *                    proposition found across the folder ("tanggul jebol"), or null when nothing else speaks of it
 * @param numbers     figures in the claim
 * @param dates       dates in the sentence
 * @param basis       why the stance was given, most explicit first ({@link StanceBasis#UNKNOWN} when not recorded)
 */
public record Statement(
        String id,
        String fileName,
        CharSpan sentence,
        CharSpan claim,
        String speaker,
        CharSpan speakerSpan,
        String party,
        String cue,
        CharSpan cueSpan,
        boolean quote,
        String via,
        Stance stance,
        String topic,
        List<NumberMention> numbers,
        List<DateMention> dates,
        StanceBasis basis) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(stance, "stance");
        numbers = List.copyOf(numbers);
        dates = List.copyOf(dates);
        basis = basis == null ? StanceBasis.UNKNOWN : basis;
    }

    /** The same statement speaking for {@code newParty}. */
    /**
     * True when the outlet itself says it: a headline no one is said to say, read as the claim of the outlet the
     * file names (the speaker); no cue is written, so its cue span is empty at the claim's start.
     */
    public boolean outletsOwn() {
        return cueSpan != null && cueSpan.isEmpty();
    }

    /** The cue of a body sentence read as its outlet's own report of a figure ({@link #narrated}): none is written. */
    public static final String NARRATED = "(narrated)";

    /**
     * True when the outlet narrates it: a body sentence no one is said to say that gives a counted figure ("Hingga
     * Senin, tercatat 40 rumah rusak"), read as the outlet's own report of that figure, for the figures' comparison
     * only; it is no claim of a source, so no other finding, speaker or proposition reads it.
     */
    public boolean narrated() {
        return outletsOwn() && NARRATED.equals(cue);
    }

    /** The same statement read as its outlet's narration of a figure ({@link #narrated}). */
    public Statement asNarrated() {
        return new Statement(id, fileName, sentence, claim, speaker, speakerSpan, party, NARRATED, cueSpan, quote, via,
                stance, null, numbers, dates, basis);
    }

    public Statement withParty(String newParty) {
        return new Statement(id, fileName, sentence, claim, speaker, speakerSpan, newParty, cue, cueSpan, quote, via,
                stance, topic, numbers, dates, basis);
    }

    /** The same statement spoken by {@code newSpeaker} for {@code newParty} (a pronoun resolved after the fact). */
    public Statement withSpeaker(String newSpeaker, String newParty) {
        return new Statement(id, fileName, sentence, claim, newSpeaker, speakerSpan, newParty, cue, cueSpan, quote, via,
                stance, topic, numbers, dates, basis);
    }

    /** The same statement about {@code newTopic} (a proposition found across the folder). */
    public Statement withTopic(String newTopic) {
        return new Statement(id, fileName, sentence, claim, speaker, speakerSpan, party, cue, cueSpan, quote, via,
                stance, newTopic, numbers, dates, basis);
    }

    /** The same statement taking {@code newStance} for {@code why}. */
    public Statement withStance(Stance newStance, StanceBasis why) {
        StanceTrace.turned(this, newStance, why);
        return new Statement(id, fileName, sentence, claim, speaker, speakerSpan, party, cue, cueSpan, quote, via,
                newStance, topic, numbers, dates, why);
    }

    /** A statement whose stance basis is not recorded (built by hand, or by an older stage). */
    public Statement(String id, String fileName, CharSpan sentence, CharSpan claim, String speaker, CharSpan speakerSpan,
                     String party, String cue, CharSpan cueSpan, boolean quote, String via, Stance stance, String topic,
                     List<NumberMention> numbers, List<DateMention> dates) {
        this(id, fileName, sentence, claim, speaker, speakerSpan, party, cue, cueSpan, quote, via, stance, topic,
                numbers, dates, StanceBasis.UNKNOWN);
    }
}
