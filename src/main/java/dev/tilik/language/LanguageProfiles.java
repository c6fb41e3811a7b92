package dev.tilik.language;

import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place languages are made: the languages Tilik knows (one line each in {@link #KNOWN}),
 * joined with the rules that cover them. A language the rules cover but Tilik does not know gets a
 * profile from its rules alone ({@link LanguageProfile#fromRulesOnly}); a language known but not
 * covered keeps its profile (its sentences are split and its tokens tagged) but yields no
 * statements. Text in a language neither known nor covered is split as the {@link #FIRST} language.
 * Immutable, thread-safe.
 */
public final class LanguageProfiles {
    /**
     * Tilik's first language: unknown text is split as it, and the rules' glossaries translate into
     * it (a proposition's words are compared under its roots).
     */
    public static final String FIRST = "id";

    /** The languages Tilik knows beyond its rules. Adding one: its profile here and its rules file. */
    private static final List<LanguageProfile> KNOWN = List.of(Indonesian.PROFILE, English.PROFILE);

    private static final Map<String, String> BY_DETECTOR_CODE = byDetectorCode();

    private final Map<String, LanguageProfile> profiles;
    private final Set<String> covered;

    private LanguageProfiles(Map<String, LanguageProfile> profiles, Set<String> covered) {
        this.profiles = Map.copyOf(profiles);
        this.covered = covered;
    }

    /** The profiles for these rules: every known language, every covered one with its rules. */
    public static LanguageProfiles of(Rules rules) {
        Map<String, LanguageProfile> out = new HashMap<>();
        KNOWN.forEach(p -> out.put(p.code(), p));
        LanguageRules firstRules = rules.forLanguage(FIRST).orElse(null);
        if (firstRules != null) {
            out.put(FIRST, known(FIRST).orElseThrow().withRules(firstRules));
        }
        LanguageProfile first = out.get(FIRST);
        for (String code : rules.languageCodes()) {
            LanguageRules r = rules.forLanguage(code).orElseThrow();
            LanguageProfile k = known(code).orElse(null);
            out.put(code, k != null ? k.withRules(r) : LanguageProfile.fromRulesOnly(r, first));
        }
        return new LanguageProfiles(out, rules.languageCodes());
    }

    /** A language Tilik knows, without rules. */
    public static Optional<LanguageProfile> known(String code) {
        return KNOWN.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The codes of the languages Tilik knows, sorted. */
    public static List<String> knownCodes() {
        return KNOWN.stream().map(LanguageProfile::code).sorted().toList();
    }

    /** The language the detector's code names ("ind" → "id"), or the code itself when Tilik knows no such language. */
    public static String fromDetectorCode(String detectorCode) {
        return BY_DETECTOR_CODE.getOrDefault(detectorCode, detectorCode);
    }

    /** The profile of a known or covered language. */
    public Optional<LanguageProfile> get(String code) {
        return Optional.ofNullable(profiles.get(code));
    }

    /** The profile text in {@code code} is read with: its own, else the {@link #FIRST} language's. */
    public LanguageProfile forText(String code) {
        LanguageProfile p = profiles.get(code);
        return p != null ? p : profiles.get(FIRST);
    }

    /** The first language's profile: the target of the rules' glossaries. */
    public LanguageProfile first() {
        return profiles.get(FIRST);
    }

    /** True when the rules cover {@code code}: its articles yield statements. */
    public boolean covers(String code) {
        return covered.contains(code);
    }

    /** The codes the rules cover. */
    public Set<String> coveredCodes() {
        return covered;
    }

    /** The profiles of the covered languages, by code. */
    public List<LanguageProfile> coveredProfiles() {
        return new TreeMap<>(profiles).values().stream().filter(LanguageProfile::covered).toList();
    }

    /** Every profile, known or covered, by code. */
    public List<LanguageProfile> all() {
        return List.copyOf(new TreeMap<>(profiles).values());
    }

    private static Map<String, String> byDetectorCode() {
        Map<String, String> m = new HashMap<>();
        KNOWN.forEach(p -> m.put(p.detectorCode(), p.code()));
        return Map.copyOf(m);
    }
}
