package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the tests of the folder's relative stance share: a claim's words, a proposition of two claims, a neutral report. */
final class FolderStanceFixtures {

    private FolderStanceFixtures() {
    }

    /** The claim words the extractor reads in {@code text}'s first statement. */
    static List<ClaimWords.Word> words(String language, String text) {
        List<ArticleStatements> a = Extract.articles(new String[] {language, text});
        Statement s = a.get(0).statements().get(0);
        return Extract.claimWords(a).apply(s).words(s, a.get(0).document().text());
    }

    /** A proposition two of whose members claim every one of {@code keys}. */
    static PropositionGroup claimedTwice(List<String> keys) {
        PropositionGroup g = new PropositionGroup(null);
        for (int m = 0; m < 2; m++) {
            Map<String, Double> v = new LinkedHashMap<>();
            keys.forEach(k -> v.put(k, 1.0));
            g.add(m, v, keys.stream().map(k -> new ClaimWords.Word(k, k, false)).toList());
        }
        return g;
    }

    /** A statement asserted through a neutral cue, as the folder step reads it. */
    static Statement reported() {
        return new Statement("t.txt#1", "t.txt", new CharSpan(0, 1), new CharSpan(0, 1), "Rudi", new CharSpan(0, 1), null,
                "mengatakan", new CharSpan(0, 1), false, null, Stance.ASSERT, null, List.of(), List.of(), StanceBasis.CUE);
    }
}
