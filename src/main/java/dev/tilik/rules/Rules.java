package dev.tilik.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All loaded rules: one {@link LanguageRules} per language, the shared parties and finding rules.
 *
 * @param origin where they were loaded from (a folder, or "bundled")
 */
public record Rules(String origin, Map<String, LanguageRules> languages, PartyRules parties, FindingRules findings) {
    public Rules {
        Objects.requireNonNull(origin, "origin");
        languages = Map.copyOf(languages);
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(findings, "findings");
    }

    public Optional<LanguageRules> forLanguage(String language) {
        return Optional.ofNullable(languages.get(language));
    }

    public Set<String> languageCodes() {
        return languages.keySet();
    }
}
