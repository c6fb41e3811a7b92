package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The breadth guard: a proposition whose members share only what the whole folder is about is the
 * story's subject, not one claim, and is split into its real claims; one whose background word its
 * members themselves negate is the claim argued over and stays.
 */
class BroadPropositionsTest {
    private static final StatementExtractor EXTRACTOR = new StatementExtractor(Extract.RULES);

    /** Words of one claim: each key as written, negated or not. */
    private static List<ClaimWords.Word> words(String... keys) {
        List<ClaimWords.Word> out = new ArrayList<>();
        for (String k : keys) {
            boolean negated = k.startsWith("!");
            String key = negated ? k.substring(1) : k;
            out.add(new ClaimWords.Word(key, key, negated));
        }
        return out;
    }

    private static PropositionGroup group(List<List<ClaimWords.Word>> members) {
        PropositionGroup g = new PropositionGroup(null);
        for (int i = 0; i < members.size(); i++) {
            Map<String, Double> v = new LinkedHashMap<>();
            members.get(i).forEach(w -> v.put(w.key(), 1.0));
            g.add(i, v, members.get(i));
        }
        return g;
    }

    @Test
    void membersSharingOnlyTheBackgroundAreBroadUnlessTheyNegateIt() {
        Set<String> background = Set.of("jembatan", "gantung", "palsu");
        List<List<ClaimWords.Word>> subject = List.of(words("jembatan", "gantung", "kabel"), words("jembatan", "gantung", "papan"),
                words("jembatan", "gantung", "dana"), words("jembatan", "gantung", "sungai"));
        assertThat(BroadPropositions.isBroad(group(subject), subject, background)).isTrue();

        List<List<ClaimWords.Word>> claim = List.of(words("jembatan", "kabel", "putus"), words("jembatan", "kabel", "putus", "karat"),
                words("jembatan", "kabel", "putus"));
        assertThat(BroadPropositions.isBroad(group(claim), claim, background)).as("'kabel putus' is one claim").isFalse();

        List<List<ClaimWords.Word>> disputed = List.of(words("ijazah", "palsu"), words("ijazah", "!palsu"), words("ijazah", "!palsu"),
                words("ijazah", "palsu", "bukti"));
        Set<String> story = Set.of("ijazah", "palsu");
        assertThat(BroadPropositions.isBroad(group(disputed), disputed, story))
                .as("members saying it is not so make the background word the claim").isFalse();
        List<List<ClaimWords.Word>> once = List.of(words("ijazah", "palsu"), words("ijazah", "!palsu"), words("ijazah", "palsu"),
                words("ijazah", "palsu", "bukti"), words("ijazah", "palsu", "sidang"));
        assertThat(BroadPropositions.isBroad(group(once), once, story)).as("one negation in passing disputes nothing").isTrue();
    }

    private static final String[] OTHER = {"roda", "papan", "tiang", "lantai", "pagar", "lampu", "cat", "baut", "pondasi",
        "tangga", "atap", "rangka", "pasak", "jangkar", "simpul", "tali", "engsel", "paku", "beton", "aspal", "marka", "rambu",
        "kamera", "sirene", "portal", "loket", "kanopi", "talud", "gorong", "saluran", "pintu", "menara", "patok", "sekat",
        "tembok", "rantai", "katrol", "dermaga", "halte", "gapura"};

    /**
     * Ten articles about a footbridge: four claims each sharing only "jembatan gantung" with the folder, and with
     * {@code cable} a fifth, the same in every article, that a cable snapped.
     */
    private static List<ArticleStatements> footbridge(boolean cable) {
        List<ArticleStatements> extracted = new ArrayList<>();
        int w = 0;
        for (int a = 0; a < 10; a++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                text.append("Kepala Dinas Suparman mengatakan jembatan gantung soal ").append(OTHER[w++ % OTHER.length])
                        .append(".\n");
            }
            if (cable) {
                text.append("Camat Rudi menegaskan jembatan gantung ditutup karena kabel baja putus.\n");
            }
            extracted.add(EXTRACTOR.extract(TestDocuments.of(Extract.RULES, "id", a + "_id.txt", text.toString())));
        }
        return extracted;
    }

    @Test
    void aFolderWhoseClaimsShareOnlyItsSubjectKeepsThemApart() {
        List<ArticleStatements> extracted = footbridge(true);
        List<Statement> all = EXTRACTOR.acrossFolder(extracted).stream().flatMap(x -> x.statements().stream()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);

        List<Statement> subjectOnly = all.stream().filter(s -> s.speaker().contains("Suparman")).toList();
        List<Statement> cable = all.stream().filter(s -> s.speaker().contains("Rudi")).toList();
        assertThat(subjectOnly).as("sharing only 'jembatan gantung', they make no proposition").allMatch(s -> s.topic() == null);
        assertThat(cable).extracting(Statement::topic).doesNotContainNull().containsOnly(cable.get(0).topic());
    }

    @Test
    void theClustersCarryTheFoldersBackgroundWordsReadOnceForTheWideTopicsSplit() {
        List<ArticleStatements> extracted = footbridge(false);
        java.util.function.Function<Statement, ClaimWords.Language> language = Extract.claimWords(extracted);
        Propositions.Clusters c = Propositions.cluster(extracted, language, Propositions.reads(extracted, language));
        List<Statement> all = extracted.stream().flatMap(x -> x.statements().stream()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(Propositions.BACKGROUND_FOLDER);

        assertThat(c.backgroundWords()).contains("gantung")
                .isEqualTo(BroadPropositions.background(c.statements(), c.words(), extracted.size()));
        List<ArticleStatements> small = extracted.subList(0, 2);
        assertThat(Propositions.cluster(small, language, Propositions.reads(small, language)).backgroundWords())
                .as("a folder too small for a background").isEmpty();
    }

    @Test
    void aRulesTopicEveryArticleCarriesIsTheSettingNotTheClaim() {
        // "amunisi" is a word of the rules' weapons topic, named once an article and carried by the sentences after
        // it: every claim is set at an ammunition depot and says something else of it, or that a cable snapped
        List<ArticleStatements> extracted = new ArrayList<>();
        int w = 0;
        for (int a = 0; a < 10; a++) {
            StringBuilder text = new StringBuilder("Kepala Dinas Suparman mengatakan gudang amunisi soal ")
                    .append(OTHER[w++ % OTHER.length]).append(".\n");
            for (int k = 0; k < 3; k++) {
                text.append("Suparman mengatakan gudang itu soal ").append(OTHER[w++ % OTHER.length]).append(".\n");
            }
            text.append("Camat Rudi menegaskan gudang itu ditutup karena kabel baja putus.\n");
            extracted.add(EXTRACTOR.extract(TestDocuments.of(Extract.RULES, "id", a + "_id.txt", text.toString())));
        }
        List<Statement> all = EXTRACTOR.acrossFolder(extracted).stream().flatMap(x -> x.statements().stream()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);

        List<Statement> carried = all.stream().filter(s -> s.speaker().equals("Suparman")).toList();
        List<Statement> cable = all.stream().filter(s -> s.speaker().contains("Rudi")).toList();
        assertThat(carried).hasSize(30);
        assertThat(carried).as("sharing only the depot they are set at, they make no proposition")
                .allMatch(s -> s.topic() == null);
        assertThat(cable).extracting(Statement::topic).doesNotContainNull().containsOnly(cable.get(0).topic());
    }

    private static Statement in(String file) {
        return new Statement(file + "#1", file, new CharSpan(0, 1), new CharSpan(0, 1), "Rudi", null, null, "kata", null,
                false, null, Stance.ASSERT, null, List.of(), List.of());
    }

    @Test
    void aRebuttalSplitOutOfTheSubjectLandsWithTheClaimItAnswers() {
        // six articles about a footbridge: "jembatan gantung", "dibangun", "warga" are its background
        String[] files = {"0", "1", "2", "2", "3", "4", "5", "3", "4", "0", "0"};
        List<List<ClaimWords.Word>> words = List.of(
                words("jembatan", "gantung", "kabel", "bangun"),
                words("jembatan", "gantung", "papan", "warga", "bangun"),
                words("jembatan", "gantung", "bangun", "swadaya", "warga", "tiang"),
                // "hal itu mustahil, mengingat biayanya mencapai miliaran": took the words of the claim before it
                words("!jembatan", "!gantung", "!bangun", "!swadaya", "!warga", "biaya", "miliar"),
                words("jembatan", "gantung", "lantai"),
                words("jembatan", "gantung", "cat"),
                words("jembatan", "gantung", "lampu"),
                words("jembatan", "gantung", "atap"),
                words("jembatan", "gantung", "pintu"),
                // the claim itself, in a proposition of its own: built by the residents' own means
                words("bangun", "swadaya", "warga", "gotong"),
                words("bangun", "swadaya", "warga", "royong"));
        int subject = 9;
        List<Statement> all = new ArrayList<>();
        List<Set<String>> answered = new ArrayList<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            all.add(new Statement(i + "#1", files[i] + "_id.txt", new CharSpan(0, 1), new CharSpan(0, 1), "Rudi", null, null,
                    "kata", null, false, null, Stance.ASSERT, null, List.of(), List.of()));
            answered.add(i == 3 ? Set.of("jembatan", "gantung", "bangun", "swadaya", "warga") : Set.of());
            Map<String, Double> v = new LinkedHashMap<>();
            words.get(i).forEach(x -> v.put(x.key(), 1.0));
            vectors.add(v);
        }
        PropositionGroup broad = new PropositionGroup(null);
        PropositionGroup selfBuilt = new PropositionGroup(null);
        List<PropositionGroup> groups = new ArrayList<>(List.of(broad, selfBuilt));
        Map<String, List<PropositionGroup>> index = new HashMap<>();
        PropositionGroup[] groupOf = new PropositionGroup[words.size()];
        for (int i = 0; i < words.size(); i++) {
            PropositionGroup g = i < subject ? broad : selfBuilt;
            for (String k : vectors.get(i).keySet()) {
                if (!g.centroid.containsKey(k)) {
                    index.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
                }
            }
            g.add(i, vectors.get(i), words.get(i));
            groupOf[i] = g;
        }
        assertThat(BroadPropositions.background(all, words, 6)).contains("jembatan", "gantung", "bangun", "warga")
                .doesNotContain("swadaya");

        assertThat(BroadPropositions.split(all, words, answered, vectors, BroadPropositions.withHints(BroadPropositions.background(all, words, 6), all, vectors, 6), groups, index, groupOf)).isTrue();
        assertThat(groupOf[3]).as("'hal itu mustahil' answers 'dibangun swadaya oleh warga'").isSameAs(selfBuilt);
        assertThat(groupOf[2]).as("a member by its own words: 'swadaya' alone is not the claim").isNotSameAs(selfBuilt);
        assertThat(groupOf[0]).isNotSameAs(selfBuilt);
    }
}
