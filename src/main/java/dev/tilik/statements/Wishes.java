package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import java.util.List;
import java.util.Optional;

/**
 * A claim that takes no position because it urges or wishes: an appeal opening it ({@code appeals}: "Jangan …",
 * "Mari …", "Please …") or a first person's wish, feeling or request heading it ({@code wishes}: "Kami berharap …",
 * "We are deeply disappointed"), bounded by its clause. Asked by {@link StanceClassifier} once the cue asserts.
 */
final class Wishes {
    private final Lexicon lex;

    Wishes(Lexicon lex) {
        this.lex = lex;
    }

    /** True when the claim in tokens {@code [from, to)} urges or wishes rather than says what is so. */
    boolean takesNoPosition(List<Token> t, int from, int to) {
        return urges(t, from, to) || wishes(t, from, to);
    }

    /** Which of the two readings holds, for {@link StanceTrace}: "appeal" or "wish". */
    String rule(List<Token> t, int from, int to) {
        return urges(t, from, to) ? "appeal" : "wish";
    }

    /**
     * A claim that urges ("Jangan mudah terprovokasi", "Mari kita jaga …", "Please be careful …"): it
     * says nothing is so or not so. (A quoted question is other too, {@link Questions}, asked first.)
     */
    private boolean urges(List<Token> t, int from, int to) {
        int first = from;
        while (first < to && !t.get(first).isWord()) {
            first++;
        }
        return first < to && lex.appeals.at(t, first, to).isPresent();
    }

    /** How many words a wish may stand after the claim's subject ("Kami merasa sangat kecewa", "We are deeply disappointed"). */
    private static final int WISH_AFTER_SUBJECT = 2;

    /** How many words a lead set off by a comma may hold before the subject of a wish ("Atas nama pemerintah, saya …"). */
    private static final int LEAD_WORDS = 4;

    /**
     * A claim whose subject, a first person opening it, wishes, feels or asks ({@code wishes}): "Kami berharap
     * kasasi kami dikabulkan", "Kami merasa sangat kecewa", "We hope …". It says what the speaker wants or
     * feels, not what is so. Between subject and wish stand only adverbs and function words ("Kita masih
     * berharap", "We are deeply disappointed"; not "Saya paham warga ingin …", another subject's wish). A negation between them ("kami tidak ingin …"), a word saying it is done
     * ({@code completed}: "Saya sudah minta untuk stop" reports a request made) or a cue right after the
     * wish ("kami ingin menegaskan bahwa …": the wish only introduces what is said) leaves the claim to the
     * other rules; so does a speech verb in the bare form right after the wish ({@code bareSpeechVerbs}: "Saya ingin
     * sampaikan bahwa jembatan itu masih aman" says the bridge is safe). A third person's feeling, reported ("pihaknya merasa kecewa karena …"), is reported as so.
     * The subject may follow a short lead set off by a comma ("Atas nama pemerintah, saya …", "Citizens of X, we
     * apologise …"), and an apology or condolence may be offered through a speech verb ("saya menyampaikan turut
     * berduka cita", "saya ingin menyampaikan permohonan maaf"): the act is the speaker's own.
     */
    private boolean wishes(List<Token> t, int from, int to) {
        int start = from;
        while (start < to && !t.get(start).isWord()) {
            start++;
        }
        var subject = lex.firstPersons.at(t, start, to);
        if (subject.isEmpty()) {
            int lead = afterLead(t, start, to);
            if (lead < 0 || (subject = lex.firstPersons.at(t, lead, to)).isEmpty()) {
                return false;
            }
        }
        int i = subject.get().to();
        for (int n = 0; n <= WISH_AFTER_SUBJECT && i < to && t.get(i).isWord(); n++) {
            if (lex.negations.at(t, i, to).isPresent() || lex.completed.at(t, i, to).isPresent()) {
                return false;
            }
            var wish = lex.wishes.at(t, i, to);
            if (wish.isPresent()) {
                var said = lex.bareSpeechVerbs.at(t, wish.get().to(), to);
                if (said.isPresent()) {
                    return lex.wishes.at(t, said.get().to(), to).isPresent();
                }
                var cue = cueAfterWish(t, wish.get().to(), to);
                return cue.isEmpty() ? !turnsToWhatIsSo(t, wish.get().to(), to)
                        : lex.wishes.at(t, cue.get().to(), to).isPresent();
            }
            var cue = n == 0 ? lex.cues.at(t, i, to) : Optional.<PhraseMatcher.Match<CueRule>>empty();
            if (cue.isPresent()) {
                return lex.wishes.at(t, cue.get().to(), to).isPresent();
            }
            if (!lex.modifiesVerb(t.get(i)) && lex.speakerTrim.at(t, i, to).isEmpty()) {
                return false;
            }
            i++;
        }
        return false;
    }

    /**
     * The cue right after a wish, or after the one function word that links it ("kami ingin menegaskan bahwa …",
     * "I want to stress that …"): the wish then only introduces what is said.
     */
    private Optional<PhraseMatcher.Match<CueRule>> cueAfterWish(List<Token> t, int at, int to) {
        var cue = lex.cues.at(t, at, to);
        if (cue.isEmpty() && at + 1 < to && t.get(at).isWord() && lex.isFunctionWord(t.get(at))
                && lex.contrasts.at(t, at, to).isEmpty()) {
            cue = lex.cues.at(t, at + 1, to);
        }
        return cue;
    }

    /**
     * True when, after the wish that heads the claim, a contrast set off by a comma turns to what is so ("Kami siap
     * menerima pesangon, tetapi pabrik sudah tutup sejak Senin", "We hope so, but the plant closed on Monday"): the
     * claim's point is what follows, as a no-comment phrase there only limits what was said. An appeal or another
     * wish after the contrast ("…, tapi jangan ada PHK") keeps the claim a wish.
     */
    private boolean turnsToWhatIsSo(List<Token> t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.get(i).isClauseEnd()) {
                return false;
            }
            if (!t.get(i - 1).is(",")) {
                continue;
            }
            var contrast = lex.contrasts.at(t, i, to);
            if (contrast.isPresent()) {
                int rest = contrast.get().to();
                return rest < to && !urges(t, rest, to) && !wishes(t, rest, to);
            }
        }
        return false;
    }

    /** The first word after a lead of at most {@value #LEAD_WORDS} words set off by a comma; -1 when none. */
    private static int afterLead(List<Token> t, int from, int to) {
        int words = 0;
        for (int i = from; i < to && words <= LEAD_WORDS; i++) {
            Token w = t.get(i);
            if (w.isWord()) {
                words++;
            } else if (w.is(",")) {
                return words > 0 && i + 1 < to ? i + 1 : -1;
            } else if (w.isClauseEnd()) {
                return -1;
            }
        }
        return -1;
    }
}
