package dev.tilik.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One proposition while the folder pass builds it: its members, the centroid of their word weights,
 * which words its members hold and claim (outside a negation), and how its words are written.
 */
final class PropositionGroup {
    /** How many of a proposition's heaviest words are weighed for its label. */
    private static final int KEY_WORDS = 3;

    /** The lexicon topic naming this proposition, set once the folder's propositions are found; or null. */
    String hint;
    final Map<String, Double> centroid = new HashMap<>();
    final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    final List<Integer> members = new ArrayList<>();
    final Map<String, Integer> holders = new HashMap<>();
    /**
     * Members holding a word outside any negation's reach: someone claims what it says. The object of
     * a negated verb ("tidak memiliki catatan kenakalan") is not claimed: that claim says it is absent.
     */
    final Map<String, Integer> affirmed = new HashMap<>();
    double norm2;

    PropositionGroup(String hint) {
        this.hint = hint;
    }

    void add(int index, Map<String, Double> v, List<ClaimWords.Word> words) {
        members.add(index);
        v.forEach((k, w) -> centroid.merge(k, w, Double::sum));
        norm2 = 0;
        centroid.values().forEach(w -> norm2 += w * w);
        for (ClaimWords.Word w : words) {
            surfaces.computeIfAbsent(w.key(), k -> new HashMap<>()).merge(w.surface(), 1, Integer::sum);
        }
        v.keySet().forEach(k -> holders.merge(k, 1, Integer::sum));
        words.stream().filter(w -> !w.reached() && v.containsKey(w.key())).map(ClaimWords.Word::key).distinct()
                .forEach(k -> affirmed.merge(k, 1, Integer::sum));
    }

    /**
     * Whether a denial in this proposition is placed, for {@link DeniedObjects}: two members or more, and not all one voice
     * of one article ({@link #oneVoice}: an official's "tidak laik" and her other words on the life jackets, one report's
     * pair, leave the denial as alone as a claim of its own). {@code all}: the folder's statements.
     */
    boolean placesClaims(List<Statement> all) {
        return members.size() >= 2 && !oneVoice(all);
    }

    /**
     * Every member one voice of one article (one article, one party, or one speaker where a member has no party): what
     * one speaker says again in other words, not a claim the folder shares. False for fewer than two members.
     */
    boolean oneVoice(List<Statement> all) {
        if (members.size() < 2) {
            return false;
        }
        Statement first = all.get(members.get(0));
        for (int m : members) {
            Statement s = all.get(m);
            boolean same = s.fileName().equals(first.fileName()) && (s.party() != null && first.party() != null
                    ? s.party().equals(first.party()) : s.speaker().equals(first.speaker()));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    double cosine(Map<String, Double> v, double vNorm2) {
        if (norm2 == 0 || vNorm2 == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            Double c = centroid.get(e.getKey());
            if (c != null) {
                dot += c * e.getValue();
            }
        }
        return dot / Math.sqrt(norm2 * vNorm2);
    }

    /** Words held by at least half the members (all of them for a pair): what the members share. */
    boolean isKeyWord(String key) {
        Integer held = holders.get(key);
        return held != null && held * 2 >= Math.max(2, members.size());
    }

    /**
     * The proposition's heaviest words (members holding it × its weight), a name counting less
     * than a common word ("tanggul jebol" says what is claimed, "Sungai Cilamaya" where) and the
     * story's background counting less again: "banjir" is what every claim of a flood folder is
     * about, so it does not tell this proposition from the others.
     */
    List<String> keyWords() {
        return labelScores().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEY_WORDS).map(Map.Entry::getKey).toList();
    }

    /** Each word's weight to the label, as {@link #keyWords} weighs it (what a figure counts left out). */
    Map<String, Double> labelScores() {
        Map<String, Double> score = new HashMap<>();
        centroid.forEach((k, w) -> {
            if (!k.startsWith(Propositions.COUNTED_KEY)) {
                score.put(k, w * (isName(k) ? 0.3 : 1.0) * (isBackground(k) ? 0.3 : 1.0));
            }
        });
        return score;
    }

    /** A word its members hold at the folder's background weight: more than half the folder holds it. */
    private boolean isBackground(String key) {
        Integer held = holders.get(key);
        return held != null && centroid.get(key) / held < Propositions.BACKGROUND_LABEL_CUT;
    }

    private boolean isName(String key) {
        Map<String, Integer> forms = surfaces.get(key);
        return forms != null && forms.keySet().stream().allMatch(f -> !f.isEmpty() && Character.isUpperCase(f.charAt(0)));
    }

    String label() {
        return hint != null ? hint : ownLabel();
    }

    /** The label of the proposition's own two heaviest words, as most often written, whatever lexicon topic names it. */
    String ownLabel() {
        List<String> words = new ArrayList<>();
        for (String key : keyWords().subList(0, Math.min(2, keyWords().size()))) {
            words.add(surfaces.get(key).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(key).toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", words);
    }
}
