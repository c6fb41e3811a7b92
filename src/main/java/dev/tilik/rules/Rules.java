package dev.tilik.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All loaded rules: one {@link LanguageRules} per language, the shared parties and finding rules.
 *
 * @param origin      where they were loaded from (a folder, or "bundled")
 * @param fingerprint hex SHA-256 over the names and bytes of the rule files read ({@link RulesLoader}),
 *                    or null for rules built in code; what a cache of results keyed by the rules compares
 */
public record Rules(String origin, Map<String, LanguageRules> languages, PartyRules parties, FindingRules findings,
                    String fingerprint) {
    public Rules {
        Objects.requireNonNull(origin, "origin");
        languages = Map.copyOf(languages);
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(findings, "findings");
    }

    /** Rules built in code: no fingerprint, so nothing is cached under them. */
    public Rules(String origin, Map<String, LanguageRules> languages, PartyRules parties, FindingRules findings) {
        this(origin, languages, parties, findings, null);
    }

    public Optional<LanguageRules> forLanguage(String language) {
        return Optional.ofNullable(languages.get(language));
    }

    public Set<String> languageCodes() {
        return languages.keySet();
    }
}
