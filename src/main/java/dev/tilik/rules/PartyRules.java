package dev.tilik.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parties and the names that stand for them, in every language: {@code rules/parties.json}.
 * A statement's party is the id of the party whose alias names its speaker.
 */
public record PartyRules(Map<String, Party> parties) {

    /** A party: display name and aliases ("Korut", "Pyongyang", "DPRK", …); none may be empty. */
    public record Party(String name, List<String> aliases) {
        public Party {
            Objects.requireNonNull(name, "name: expected the party's display name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name: expected the party's display name, found an empty one");
            }
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            for (int i = 0; i < aliases.size(); i++) {
                if (aliases.get(i).isBlank()) {
                    throw new IllegalArgumentException("aliases[" + i + "]: expected a name, found an empty alias"
                            + " (an empty alias would match everywhere)");
                }
            }
        }
    }

    public PartyRules {
        parties = parties == null ? Map.of() : Map.copyOf(parties);
    }

    public static PartyRules none() {
        return new PartyRules(Map.of());
    }
}
