package dev.tilik.rules;

import dev.tilik.json.JsonFileException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All loaded rules: one {@link LanguageRules} per language, the shared parties and finding rules.
 * Where they came from and their fingerprint are known at once; the rules themselves may be parsed
 * on their first use ({@link RuleFiles#parseLater}), so a reopen served whole from the cache, which
 * needs only the fingerprint, never parses them ({@link #parsed()}). Safe for several threads.
 */
public final class Rules {
    private final String origin;
    private final String fingerprint;
    /** The files still to parse, or null once {@link #parts} is set. */
    private RuleFiles source;
    private volatile Parts parts;

    private record Parts(Map<String, LanguageRules> languages, PartyRules parties, FindingRules findings) {
        Parts {
            languages = Map.copyOf(languages);
            Objects.requireNonNull(parties, "parties");
            Objects.requireNonNull(findings, "findings");
        }
    }

    /**
     * @param origin      where they were loaded from (a folder, or "bundled")
     * @param fingerprint hex SHA-256 over the names and bytes of the rule files read ({@link RuleFiles}),
     *                    or null for rules built in code; what a cache of results keyed by the rules compares
     */
    public Rules(String origin, Map<String, LanguageRules> languages, PartyRules parties, FindingRules findings,
                 String fingerprint) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.fingerprint = fingerprint;
        this.parts = new Parts(languages, parties, findings);
    }

    /** Rules built in code: no fingerprint, so nothing is cached under them. */
    public Rules(String origin, Map<String, LanguageRules> languages, PartyRules parties, FindingRules findings) {
        this(origin, languages, parties, findings, null);
    }

    /** Rules of files known to parse, parsed on first use. */
    Rules(RuleFiles source) {
        this.origin = source.origin();
        this.fingerprint = source.fingerprint();
        this.source = source;
    }

    public String origin() {
        return origin;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Map<String, LanguageRules> languages() {
        return parts().languages();
    }

    public PartyRules parties() {
        return parts().parties();
    }

    public FindingRules findings() {
        return parts().findings();
    }

    public Optional<LanguageRules> forLanguage(String language) {
        return Optional.ofNullable(languages().get(language));
    }

    public Set<String> languageCodes() {
        return languages().keySet();
    }

    /** False while rules read by {@link RuleFiles#parseLater} wait for their first use. */
    public boolean parsed() {
        return parts != null;
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    try {
                        p = source.parse().parts();
                    } catch (JsonFileException e) {
                        throw new IllegalStateException("rules from " + origin + " parsed before with the fingerprint "
                                + fingerprint + " no longer parse: " + e.getMessage(), e);
                    }
                    parts = p;
                    source = null;
                }
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return "Rules[" + origin + (fingerprint == null ? "" : ", " + fingerprint.substring(0, Math.min(12, fingerprint.length())))
                + (parsed() ? "" : ", not parsed yet") + "]";
    }
}
