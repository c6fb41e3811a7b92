package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an article has said so far, for pronouns and names met again: the speakers in order, and
 * the party each person's name was found with. A singular pronoun ("Dirinya", "ia", "imbuhnya")
 * takes the latest speaker that is a person, a group pronoun ("Mereka", "pihaknya") the latest that
 * is not; each falls back to the latest speaker. Not thread-safe: one per article run.
 */
final class Discourse {
    /** How many earlier speakers a pronoun may reach back over. */
    static final int REACH = 4;

    /** A resolved speaker: as written, its party, and the person's name in it (or null). */
    record Mention(String speaker, String party, String person) {
    }

    private final List<Mention> speakers = new ArrayList<>();
    private final Map<String, String> partyByName = new HashMap<>();

    void add(Mention m) {
        speakers.add(m);
        if (m.person() != null && m.party() != null) {
            partyByName.putIfAbsent(m.person(), m.party());
        }
    }

    Optional<Mention> antecedent(boolean group) {
        int stop = Math.max(0, speakers.size() - REACH);
        for (int i = speakers.size() - 1; i >= stop; i--) {
            Mention m = speakers.get(i);
            if ((m.person() != null) != group) {
                return Optional.of(m);
            }
        }
        return speakers.isEmpty() ? Optional.empty() : Optional.of(speakers.get(speakers.size() - 1));
    }

    /** The party a person of this name was given earlier in the article. */
    Optional<String> partyOf(String person) {
        if (person == null) {
            return Optional.empty();
        }
        String p = partyByName.get(person);
        if (p != null) {
            return Optional.of(p);
        }
        return partyByName.entrySet().stream()
                .filter(e -> e.getKey().endsWith(" " + person) || person.endsWith(" " + e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }
}
