package dev.tilik.eval;

import dev.tilik.statements.PartyNames;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One gold statement against what the pipeline extracted for it.
 *
 * @param file  the article
 * @param gold  the expectation
 * @param found the extracted statement whose sentence holds the gold match, or null when none does
 * @param written the speaker as written at the statement ("ia" where {@code found} resolved it to a name), or null
 * @param where what the article says there, for a reader looking at a miss: the extracted statement's
 *              cue and claim, or the sentence holding the match when nothing was extracted ("" when unknown)
 * @param parties how parties are compared: as institutions, with the folder's own short forms
 */
public record StatementCheck(String file, GoldStatement gold, Statement found, String written, String where,
                             PartyNames parties) {
    public StatementCheck {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(gold, "gold");
        where = where == null ? "" : where;
        parties = parties == null ? PartyNames.plain() : parties;
    }

    public StatementCheck(String file, GoldStatement gold, Statement found, String written, String where) {
        this(file, gold, found, written, where, PartyNames.plain());
    }

    public StatementCheck(String file, GoldStatement gold, Statement found) {
        this(file, gold, found, null, "", PartyNames.plain());
    }

    public boolean isFound() {
        return found != null;
    }

    /**
     * The gold writes a speaker as the article does (a pronoun stays a pronoun, its note says who);
     * the extracted speaker is resolved. Either names it.
     */
    public boolean speakerOk() {
        return found != null && (Speakers.same(gold.speaker(), found.speaker())
                || written != null && Speakers.same(gold.speaker(), written));
    }

    public boolean partyOk() {
        return found != null && parties.sameBody(gold.party(), found.party());
    }

    public boolean stanceOk() {
        return found != null && gold.stance() == found.stance();
    }

    public boolean topicOk() {
        return found != null && gold.topic() != null && found.topic() != null
                && gold.topic().toLowerCase(Locale.ROOT).equals(found.topic().toLowerCase(Locale.ROOT));
    }

    /** What disagrees, in words: {@code speaker "Seoul" (gold "Badan intelijen Korsel")}. Empty when all agree. */
    public List<String> mismatches() {
        List<String> out = new ArrayList<>();
        if (found == null) {
            out.add("not found");
            return out;
        }
        if (gold.speaker() != null && !speakerOk()) {
            out.add("speaker \"" + found.speaker() + "\" (gold \"" + gold.speaker() + "\")");
        }
        if (gold.party() != null && !partyOk()) {
            out.add("party " + found.party() + " (gold " + gold.party() + ")");
        }
        if (gold.stance() != null && !stanceOk()) {
            out.add("stance " + found.stance().id() + " (gold " + gold.stance().id() + ")");
        }
        if (gold.topic() != null && !topicOk()) {
            out.add("topic " + found.topic() + " (gold " + gold.topic() + ")");
        }
        return out;
    }

    /** How many labelled fields agree, to choose among statements sharing one sentence. */
    int agreement() {
        return (speakerOk() ? 4 : 0) + (stanceOk() ? 2 : 0) + (topicOk() ? 1 : 0);
    }
}
