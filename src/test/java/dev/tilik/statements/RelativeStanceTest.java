package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Stance relative to the proposition, on copy the team wrote in the style of a stadium crush and of a mine
 * collapse (kinds of story none of the development sets is). Which question a claim answers decides whether its
 * negation denies: a negation of what the proposition's other claims assert denies it; a negation of something
 * narrower than what they assert — the claim asserting the thing itself outside its negation — is a lack stated.
 */
class RelativeStanceTest {

    /**
     * A stadium crush: two officers say tear gas was fired at the stands; the police chief, insisting, says there was
     * no warning shot before the officers fired it. He negates the warning shot, not the firing his own sentence
     * asserts: no denial of the proposition (read as one by the claim alone).
     */
    private static final String[][] STADIUM = {
            {"id", "Komandan peleton, Andi Saputra, mengatakan petugas menembakkan gas air mata ke arah tribun selatan "
                    + "setelah suporter turun ke lapangan."},
            {"id", "Seorang anggota Brimob, Yusuf Hidayat, menyebut petugas menembakkan gas air mata ke tribun selatan "
                    + "ketika suporter turun ke lapangan."},
            {"id", "Kapolres Sukamaju, Heru Wibowo, menegaskan tidak ada tembakan peringatan sebelum petugas menembakkan "
                    + "gas air mata ke arah tribun selatan."},
    };

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aNegationOfSomethingNarrowerThanTheClaimedEventIsALackStated() {
        List<Statement> all = Extract.folder(STADIUM);
        Statement chief = by(all, "Heru");

        assertThat(chief.topic()).as("one proposition: the tear gas fired at the stands").isNotNull()
                .isEqualTo(by(all, "Andi").topic()).isEqualTo(by(all, "Yusuf").topic());
        assertThat(Extract.articles(STADIUM).get(2).statements().get(0).stance())
                .as("the claim alone reads a denial").isEqualTo(Stance.DENY);
        assertThat(chief.stance()).as("the warning shot, not the firing").isEqualTo(Stance.ASSERT);
    }

    private static ClaimWords.Word said(String key) {
        return new ClaimWords.Word(key, key, false, false, false, false, -1);
    }

    private static ClaimWords.Word negated(String key, int negation, boolean verb) {
        return new ClaimWords.Word(key, key, !verb, true, false, false, negation);
    }

    private static Statement asserted(StanceBasis basis, Stance stance) {
        return new Statement("t.txt#1", "t.txt", new CharSpan(0, 1), new CharSpan(0, 1), "Rina", new CharSpan(0, 1), null,
                "mengatakan", new CharSpan(0, 1), false, null, stance, "tambang", List.of(), List.of(), basis);
    }

    /**
     * A mine collapse: "pihaknya tidak melakukan penambangan di zona merah" where the proposition's claims say the mining
     * went on in the red zone: the support verb is no word the proposition holds, what follows it is, so it denies.
     * "tidak ada penambangan liar" where they speak of mining but nobody of illegal mining is left as it reads.
     */
    @Test
    void aNegationDeniesWhenWhatFollowsItsFirstHeldWordIsHeldToo() {
        Set<String> held = Set.of("tambang", "zona", "merah");
        Statement s = asserted(StanceBasis.CUE, Stance.ASSERT);
        List<ClaimWords.Word> denial = List.of(said("pihak"), negated("laku", 2, true), negated("tambang", 2, false),
                negated("zona", 2, false));
        assertThat(RelativeStance.stance(s, denial, held::contains, held::contains, Set.of()).stance()).isEqualTo(Stance.DENY);

        List<ClaimWords.Word> narrower = List.of(negated("tambang", 1, false), negated("liar", 1, false));
        assertThat(RelativeStance.stance(s, narrower, held::contains, held::contains, Set.of()).stance()).isEqualTo(Stance.ASSERT);

        assertThat(RelativeStance.stance(asserted(StanceBasis.MARKER, Stance.HEDGE), denial, held::contains, held::contains,
                Set.of()).stance()).as("a stance the cue or a marker gave stands").isEqualTo(Stance.HEDGE);
        assertThat(RelativeStance.stance(asserted(StanceBasis.CUE, Stance.DENY), narrower, held::contains, held::contains,
                Set.of("tambang")).stance()).as("a denial the cue made stands").isEqualTo(Stance.DENY);
    }

    private static ClaimWords.Word reached(String key, String surface, int negation, boolean pending) {
        return new ClaimWords.Word(key, surface, !pending, !pending, pending, false, negation);
    }

    /**
     * A garment factory's closure: the owner and the minister each say "tidak ada PHK" (no layoffs), the union's
     * "karyawan tidak di-PHK" through a plain "kata" reads as a lack alone. Among a proposition of denials whose
     * accusation stands elsewhere, a negation reaching only what the others deny, nothing anyone claims, denies with
     * them; one whose word another member or the claim itself claims is a lack or a kind of the thing, left as it
     * reads; "belum" (not yet) and a stance a marker gave are not touched.
     */
    @Test
    void aNegationOfWhatTheOthersDenyDeniesWithThem() {
        Set<String> deniedByOthers = Set.of("phk", "pabrik");
        Statement plain = asserted(StanceBasis.CUE, Stance.ASSERT);
        List<ClaimWords.Word> layoffs = List.of(said("karyawan"), reached("phk", "PHK", 1, false));
        assertThat(RelativeStance.deniedAlike(plain, layoffs, deniedByOthers::contains, k -> false, Set.of()).stance())
                .as("the short form in capitals is the thing denied").isEqualTo(Stance.DENY);

        assertThat(RelativeStance.deniedAlike(plain, layoffs, deniedByOthers::contains, "phk"::equals, Set.of()).stance())
                .as("others claim layoffs happened: no proposition of denials").isEqualTo(Stance.ASSERT);
        assertThat(RelativeStance.deniedAlike(plain, layoffs, deniedByOthers::contains, k -> false, Set.of("phk")).stance())
                .as("the claim says it outside its negation").isEqualTo(Stance.ASSERT);
        assertThat(RelativeStance.deniedAlike(plain, List.of(reached("phk", "PHK", 1, true)), deniedByOthers::contains,
                k -> false, Set.of()).stance()).as("not yet").isEqualTo(Stance.ASSERT);
        assertThat(RelativeStance.deniedAlike(plain, List.of(reached("phk", "PHK", 1, false), reached("libur", "libur", 1, false)),
                deniedByOthers::contains, k -> false, Set.of()).stance()).as("a word nobody denies after it").isEqualTo(Stance.ASSERT);
        assertThat(RelativeStance.deniedAlike(plain, List.of(reached("rina", "Rina", 1, false)), "rina"::equals, k -> false,
                Set.of()).stance()).as("a name says who").isEqualTo(Stance.ASSERT);
        assertThat(RelativeStance.deniedAlike(asserted(StanceBasis.MARKER, Stance.HEDGE), layoffs, deniedByOthers::contains,
                k -> false, Set.of()).stance()).as("a stance a marker gave stands").isEqualTo(Stance.HEDGE);
    }

    /**
     * A large proposition's members are read on the common pool's threads too: each alone, from what the whole
     * proposition holds, so the stances are the one thread's. Six hundred claims of a mine collapse, four in ten of
     * them negating what the others assert, some denials negating only a kind of the mining they claim.
     */
    @Test
    void aLargePropositionReadSideBySideGivesTheOneThreadsStances() {
        List<Statement> statements = new java.util.ArrayList<>();
        List<List<ClaimWords.Word>> words = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            boolean denial = i % 5 == 4;
            statements.add(new Statement("t.txt#" + i, "t.txt", new CharSpan(i, i + 1), new CharSpan(i, i + 1), "Rina",
                    new CharSpan(i, i + 1), null, "mengatakan", new CharSpan(i, i + 1), false, null,
                    denial ? Stance.DENY : Stance.ASSERT, "tambang", List.of(), List.of(),
                    denial ? StanceBasis.EVENT_NEGATED : StanceBasis.CUE));
            words.add(denial ? List.of(said("tambang"), negated("tambang", 1, false), negated("liar", 1, false))
                    : i % 5 < 2 ? List.of(negated("tambang", 1, false), negated("zona", 1, false))
                    : List.of(said("tambang"), said("zona"), said("merah")));
        }
        java.util.Map<Integer, Statement> alone = RelativeStance.apply(statements, words, Integer.MAX_VALUE);
        java.util.Map<Integer, Statement> sideBySide = RelativeStance.apply(statements, words, 1);

        assertThat(alone).as("negations of the held mining deny; a kind of it negated is a lack stated").hasSize(360);
        assertThat(sideBySide).isEqualTo(alone);
    }

    /**
     * Many propositions, each small (under {@link RelativeStance#SIDE_BY_SIDE}), interleaved in the folder: read side by
     * side, each gives what it gives read alone, whichever thread read it.
     */
    @Test
    void manyPropositionsReadSideBySideGiveWhatEachGivesAlone() {
        int propositions = 200;
        List<Statement> statements = new java.util.ArrayList<>();
        List<List<ClaimWords.Word>> words = new java.util.ArrayList<>();
        for (int i = 0; i < propositions * 10; i++) {
            int member = i / propositions;
            boolean denial = member % 5 == 4;
            String topic = "tambang " + (i % propositions);
            statements.add(new Statement("t.txt#" + i, "t.txt", new CharSpan(i, i + 1), new CharSpan(i, i + 1), "Rina",
                    new CharSpan(i, i + 1), null, "mengatakan", new CharSpan(i, i + 1), false, null,
                    denial ? Stance.DENY : Stance.ASSERT, topic, List.of(), List.of(),
                    denial ? StanceBasis.EVENT_NEGATED : StanceBasis.CUE));
            words.add(denial ? List.of(said("tambang"), negated("tambang", 1, false), negated("liar", 1, false))
                    : member % 5 < 2 ? List.of(negated("tambang", 1, false), negated("zona", 1, false))
                    : List.of(said("tambang"), said("zona"), said("merah")));
        }
        java.util.Map<Integer, Statement> together = RelativeStance.apply(statements, words);
        java.util.Map<Integer, Statement> alone = new java.util.HashMap<>();
        for (int p = 0; p < propositions; p++) {
            List<Integer> members = new java.util.ArrayList<>();
            for (int i = p; i < statements.size(); i += propositions) {
                members.add(i);
            }
            java.util.Map<Integer, Statement> one = RelativeStance.apply(members.stream().map(statements::get).toList(),
                    members.stream().map(words::get).toList());
            one.forEach((n, t) -> alone.put(members.get(n), t));
        }

        assertThat(alone).as("some stances change").isNotEmpty();
        assertThat(together).isEqualTo(alone);
    }
}
