package dev.tilik.findings;

import dev.tilik.rules.LanguageRules;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A relative clause set off by a comma ("…, yang akan dibayarkan langsung ke rumah sakit", "…, which will be paid
 * directly to the hospital") says more of the noun before it; it does not limit what the claim holds. Read by
 * {@link HeadlineDetector}: a limiter ("langsung", "directly") standing there is no limit the headline dropped. The
 * markers are the rules' {@code relativeMarkers} of every language.
 */
final class SetOffRelatives {
    /** Knows no relative marker: a claim is its own main clause. */
    static final SetOffRelatives NONE = new SetOffRelatives(java.util.List.of());

    private final Pattern setOff;

    SetOffRelatives(Collection<String> markers) {
        TreeSet<String> words = new TreeSet<>();
        markers.forEach(m -> words.add(Pattern.quote(m.strip().toLowerCase(Locale.ROOT))));
        this.setOff = words.isEmpty() ? null
                : Pattern.compile(",\\s*(?:" + String.join("|", words) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The relative markers of every language of {@code languages}. */
    static SetOffRelatives of(Collection<LanguageRules> languages) {
        return new SetOffRelatives(languages.stream().flatMap(l -> l.statements().syntax().relativeMarkers().stream()).toList());
    }

    /** {@code claim} up to its first relative clause set off by a comma; the whole claim when it holds none. */
    String before(String claim) {
        if (setOff == null) {
            return claim;
        }
        var m = setOff.matcher(claim);
        return m.find() ? claim.substring(0, m.start()) : claim;
    }
}
