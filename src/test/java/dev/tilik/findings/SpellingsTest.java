package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import dev.tilik.statements.Spellings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One election commissioner written two ways by two outlets ("Muhammad Rizal Afandi", "Muhamad Rizal
 * Afandi"): one person, so one outlet's report of him denying and another's of him declining to rule the
 * same thing out ("tidak bisa menjamin tidak ada …") is a misreport. Names alike of two people, the same
 * denial in both outlets, and a change of line told in one article stay quiet. A vote-count story written
 * for this test.
 */
class SpellingsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 20);
    private static final String DENIAL = "tidak ada penggelembungan suara di tingkat kecamatan";
    private static final String WITHHELD = "KPU tidak bisa menjamin tidak ada penggelembungan suara di tingkat kecamatan";

    private static List<Finding> misreports(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.MISREPORT).toList();
    }

    private static ArticleStatements said(String file, String speaker, String claim, Stance stance) {
        return ArticleFixture.article(file, "\u201C" + claim + ",\u201D kata " + speaker + ".").published(DAY)
                .say(claim, speaker, "KPU", stance, "penggelembungan suara").quote()
                .basis(stance == Stance.DENY ? StanceBasis.EVENT_NEGATED : StanceBasis.MARKER).done().build();
    }

    @Test
    void wordsWithTheSameConsonantsAndTheSameNeighbourAreOneSpelling() {
        Spellings s = new Spellings(List.of(Set.of("Muhammad"), new java.util.LinkedHashSet<>(List.of("Muhammad", "Rizal")),
                new java.util.LinkedHashSet<>(List.of("Muhamad", "Rizal"))), List.of("KPU", "KPU", "Bawaslu"));
        assertThat(s.of("Muhamad")).isEqualTo("Muhammad");
        assertThat(Spellings.skeleton("Immanuel")).isEqualTo(Spellings.skeleton("Emanuel"));
        assertThat(Spellings.skeleton("Habiburokhman")).isEqualTo(Spellings.skeleton("Habiburokman"));
        assertThat(Spellings.skeleton("Rudianto")).isNotEqualTo(Spellings.skeleton("Subianto"));
    }

    /** "y" and "i" write one glide: a rewrite's "Sri Haryati" is the "Sri Hariati" of the copy it rewrote. */
    @Test
    void aNameWrittenWithYOrIIsOneSpellingWhenItsNeighbourAgrees() {
        Spellings s = new Spellings(List.of(new java.util.LinkedHashSet<>(List.of("Sri", "Hariati")),
                new java.util.LinkedHashSet<>(List.of("Sri", "Hariati")), new java.util.LinkedHashSet<>(List.of("Sri", "Haryati"))),
                List.of("", "", ""));
        assertThat(s.of("Haryati")).isEqualTo("Hariati");
        assertThat(Spellings.skeleton("Suryadi")).isEqualTo(Spellings.skeleton("Suriadi"));
        assertThat(Spellings.skeleton("Yanti")).as("a word's first y is a consonant").isNotEqualTo(Spellings.skeleton("Anti"));
        assertThat(new Spellings(List.of(Set.of("Haryati"), Set.of("Hariati")), List.of("", "")).of("Haryati"))
                .as("no neighbour or party in common: two people").isEqualTo("Haryati");
    }

    /**
     * A name's last consonant heard two ways ("Rofiq" / "Rofig" beside "Santosa" in both) is one spelling; without a
     * neighbour in common, or with a vowel at the end ("Rahma" / "Rahmi"), or a consonant inside ("Rofiq" / "Rosiq"),
     * they stay two.
     */
    @Test
    void aLastConsonantHeardOtherwiseIsOneSpellingWhenItsNeighbourAgrees() {
        Spellings s = new Spellings(List.of(new java.util.LinkedHashSet<>(List.of("Rofig", "Santosa")),
                new java.util.LinkedHashSet<>(List.of("Rofig", "Santosa")), new java.util.LinkedHashSet<>(List.of("Rofiq", "Santosa"))),
                List.of("", "", ""));
        assertThat(s.of("Rofiq")).isEqualTo("Rofig");
        assertThat(new Spellings(List.of(Set.of("Rofig"), Set.of("Rofiq")), List.of("Dinkes", "Dinkes")).of("Rofiq"))
                .as("no neighbour in common").isEqualTo("Rofiq");
        assertThat(Spellings.lastLetterApart("Rahma", "Rahmi")).isFalse();
        assertThat(Spellings.lastLetterApart("Rofiq", "Rosiq")).isFalse();
        assertThat(Spellings.lastLetterApart("Abdal", "Abdas")).isTrue();
    }

    @Test
    void aLongNameOneLetterApartIsOneSpellingOnlyForOneParty() {
        List<java.util.Set<String>> names = List.of(Set.of("Habiburokhman"), Set.of("Habiburokman"));
        assertThat(new Spellings(names, List.of("DPR", "DPR")).of("Habiburokman")).isEqualTo("Habiburokhman");
        assertThat(new Spellings(names, List.of("DPR", "Polri")).of("Habiburokman")).isEqualTo("Habiburokman");
    }

    @Test
    void oneCommissionerSpelledTwoWaysDenyingAndWithholdingIsAMisreport() throws Exception {
        ArticleStatements[] folder = {
                said("a.txt", "Komisioner KPU Muhammad Rizal Afandi", DENIAL, Stance.DENY),
                said("b.txt", "Muhammad Rizal", DENIAL, Stance.DENY),
                said("c.txt", "Komisioner KPU Muhamad Rizal Afandi", WITHHELD, Stance.HEDGE)};
        List<Finding> f = misreports(folder);
        assertThat(new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(folder)))
                .as("one person's two reports are the misreport, not the party's two lines")
                .noneMatch(x -> x.type() == FindingType.SAME_PARTY_DIVERGENCE);

        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).filteredOn(e -> e.side() == 1).extracting(Evidence::fileName)
                .containsExactly("c.txt");
        assertThat(f.get(0).explanation()).contains("Muhamad Rizal Afandi").contains("Muhammad Rizal Afandi");
    }

    @Test
    void twoPeopleWithNamesAlikeTheSameDenialTwiceOrAGuessAtSomethingElseStayQuiet() throws Exception {
        ArticleStatements denial = said("a.txt", "Komisioner KPU Muhammad Rizal Afandi", DENIAL, Stance.DENY);
        assertThat(misreports(denial, said("c.txt", "Komisioner KPU Muhammad Rudianto", WITHHELD, Stance.HEDGE),
                said("d.txt", "Ketua KPU Muhammad Subianto", DENIAL, Stance.DENY)))
                .as("Rizal Afandi, Rudianto and Subianto are three people").isEmpty();
        assertThat(misreports(denial, said("c.txt", "Komisioner KPU Muhamad Rizal Afandi", DENIAL, Stance.DENY)))
                .as("the same denial in two outlets").isEmpty();
        assertThat(misreports(denial, said("c.txt", "Komisioner KPU Muhamad Rizal Afandi",
                "kemungkinan besar rekapitulasi selesai pekan depan", Stance.HEDGE)))
                .as("a guess at something else withholds nothing").isEmpty();
    }

    @Test
    void aChangeOfLineToldInOneArticleIsNoMisreport() throws Exception {
        String text = "\u201C" + DENIAL + ",\u201D kata Komisioner KPU Muhammad Rizal Afandi pekan lalu. Kini Muhamad Rizal "
                + "Afandi mengaku \u201C" + WITHHELD + "\u201D.";
        ArticleStatements one = ArticleFixture.article("a.txt", text).published(DAY)
                .say(DENIAL, "Komisioner KPU Muhammad Rizal Afandi", "KPU", Stance.DENY, "penggelembungan suara").quote()
                .basis(StanceBasis.EVENT_NEGATED).done()
                .say(WITHHELD, "Muhamad Rizal Afandi", "KPU", Stance.HEDGE, "penggelembungan suara").quote()
                .basis(StanceBasis.MARKER).done().build();
        assertThat(misreports(one)).isEmpty();
    }

    @Test
    void oneCommissionerUnderTwoTitlesIsOnePersonTwoOfficialsOfOneOfficeAreTwo() throws Exception {
        assertThat(misreports(said("a.txt", "Komisioner KPU Muhammad Rizal Afandi", DENIAL, Stance.DENY),
                said("c.txt", "Anggota KPU Provinsi Muhamad Rizal Afandi", WITHHELD, Stance.HEDGE)))
                .as("two titles, one name spelled two ways: one person").hasSize(1);
        ArticleStatements head = ArticleFixture.article("a.txt", "Kepala Dinas Kesehatan mengatakan " + DENIAL + ".")
                .published(DAY).say(DENIAL, "Kepala Dinas Kesehatan", "Dinas Kesehatan", Stance.DENY, "penggelembungan suara")
                .basis(StanceBasis.EVENT_NEGATED).done().build();
        ArticleStatements deputy = ArticleFixture.article("b.txt", "Sekretaris Dinas Kesehatan mengatakan " + WITHHELD + ".")
                .published(DAY).say(WITHHELD, "Sekretaris Dinas Kesehatan", "Dinas Kesehatan", Stance.HEDGE,
                        "penggelembungan suara").basis(StanceBasis.MARKER).done().build();
        assertThat(misreports(head, deputy)).as("names ending with their office's name are two officials").isEmpty();
    }
}
