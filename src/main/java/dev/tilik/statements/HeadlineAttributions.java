package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.Optional;

/**
 * The attributions only a headline makes, for {@link AttributionFinder}: {@code X: claim}, {@code X Verb claim} with a
 * bare cue verb in headline style ({@link HeadlineVerbs}), and a headline no one is said to say as its outlet's own claim.
 */
final class HeadlineAttributions {
    private final HeadlineVerbs headlineVerbs;
    /** The speakers of {@code X: claim} the plain reading leaves: after a long clause, before a topic. */
    private final ColonHeadlineSpeakers colonSpeakers;

    HeadlineAttributions(HeadlineVerbs headlineVerbs, PhraseMatcher<String> clauseOpeners) {
        this.headlineVerbs = headlineVerbs;
        this.colonSpeakers = new ColonHeadlineSpeakers(clauseOpeners);
    }

    /** Most words before a headline's colon that may name its speaker ("BNPB: …", "Kapolda Jabar: …"). */
    private static final int HEADLINE_SPEAKER_WORDS = 4;
    /** The cue of a headline attribution: the colon, asserting. */
    private static final CueRule HEADLINE_COLON = new CueRule(":", dev.tilik.model.Stance.ASSERT, Position.PREFIX);

    /** How far into a headline its colon may stand when a clause comes before the speaker ("A dari B, Bupati X: …"). */
    private static final int HEADLINE_COLON_REACH = 12;

    /**
     * A headline's {@code X: claim}: a few capitalised words before a colon, the claim after it; a
     * clause may come first, closed by a comma ("Izin dari Pusat, Bupati Sukadana: Kami Tak Bisa
     * Apa-apa"); where that reading fails, the speaker after a longer clause or before its topic
     * ({@link ColonHeadlineSpeakers}). The caller accepts it only when X can speak (the body attributes
     * statements to X, or X names a party or a title), since a headline's words before a colon are as often its
     * topic ("Banjir Sumbar: 43 orang meninggal").
     */
    Optional<Attribution> headlineColon(Sentence s) {
        int colon = -1;
        for (int i = 1; i <= Math.min(ColonHeadlineSpeakers.CLAUSE_REACH, s.size() - 2); i++) {
            if (s.token(i).is(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return Optional.empty();
        }
        int from = colon;
        while (from > 0 && !s.token(from - 1).is(",")) {
            from--;
        }
        int to = colon;
        boolean plain = colon <= HEADLINE_COLON_REACH && colon - from <= HEADLINE_SPEAKER_WORDS && from < colon;
        for (int i = from; i < colon && plain; i++) {
            plain = s.token(i).isWord() && s.token(i).isCapitalized();
        }
        if (!plain) {
            int[] speaker = colonSpeakers.speaker(s, colon);
            if (speaker == null) {
                return Optional.empty();
            }
            from = speaker[0];
            to = speaker[1];
        }
        CharSpan claim = AttributionFinder.claimSpan(s, colon + 1, s.size());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(s.spanOf(from, to), false, false, HEADLINE_COLON, s.spanOf(colon, colon + 1),
                colon, false, claim, false, null, null));
    }

    /** The cue of a headline no one is said to say: none is written; the outlet asserts what it prints. */
    private static final CueRule OUTLET = new CueRule("(outlet)", dev.tilik.model.Stance.ASSERT, Position.PREFIX);
    /** Fewest words a headline must hold to be a claim rather than a label ("Nasional", "Video Terkini"). */
    static final int OUTLET_CLAIM_WORDS = 4;

    /** True when {@code a} is a headline read as its outlet's own claim ({@link #outlet}). */
    static boolean isOutlet(Attribution a) {
        return a != null && a.cue() == OUTLET;
    }

    /**
     * A headline that names no speaker as the claim of its outlet, {@code source} (where the file names it): the
     * whole line is the claim, the cue an empty span at its start. A line of fewer than
     * {@value #OUTLET_CLAIM_WORDS} words is a label, no claim.
     */
    Optional<Attribution> outlet(Sentence s, CharSpan source) {
        CharSpan claim = AttributionFinder.claimSpan(s, 0, s.size());
        int[] r = s.tokenRange(claim);
        int words = 0;
        for (int i = r[0]; i < r[1]; i++) {
            words += s.token(i).isWord() ? 1 : 0;
        }
        if (source == null || source.isEmpty() || words < OUTLET_CLAIM_WORDS) {
            return Optional.empty();
        }
        CharSpan at = new CharSpan(claim.start(), claim.start());
        return Optional.of(new Attribution(source, false, true, OUTLET, at, 0, false, claim, false, null, null));
    }

    /**
     * A headline's {@code X Verb claim}: a bare cue verb in headline style ({@link HeadlineVerbs}: "Bantah",
     * "Jamin", "Nyatakan") after a few capitalised words, its subject; a clause may come first, closed by a
     * comma ("Dicecar DPR dan BSSN, Menkominfo Salahkan …"). Title case gives no clue where the subject ends,
     * so the verb is the first bare cue after it, the subject every capitalised word before, at most
     * {@value #HEADLINE_SPEAKER_WORDS}. The caller accepts it only when the subject can speak (the body
     * attributes statements to it, or it names a party, a person or a title): a headline's opening words are
     * as often its topic ("Keterbatasan Anggaran Jadi Alasan …").
     */
    Optional<Attribution> headlineVerb(Sentence s) {
        for (int i = 1; i < s.size() - 1 && i <= HEADLINE_COLON_REACH; i++) {
            Token t = s.token(i);
            if (!t.isWord() || !t.isCapitalized()) {
                continue;
            }
            Optional<CueRule> cue = headlineVerbs.cueOf(t.text());
            if (cue.isEmpty()) {
                continue;
            }
            int from = i;
            while (from > 0 && s.token(from - 1).isWord() && s.token(from - 1).isCapitalized()) {
                from--;
            }
            if (from > 0 && !s.token(from - 1).is(",") || i - from > HEADLINE_SPEAKER_WORDS || from == i) {
                return Optional.empty();
            }
            CharSpan claim = AttributionFinder.claimSpan(s, i + 1, s.size());
            if (claim.isEmpty() || s.tokenRange(claim)[1] - s.tokenRange(claim)[0] < 2) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(s.spanOf(from, i), false, false, cue.get(), s.spanOf(i, i + 1), i, false, claim,
                    false, null, null));
        }
        return Optional.empty();
    }
}
