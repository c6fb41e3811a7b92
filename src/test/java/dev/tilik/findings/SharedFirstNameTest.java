package dev.tilik.findings;

import static dev.tilik.analysis.AnalysisFixtures.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first name two people of the folder share, each with a surname closing the name and speaking for a body of their
 * own, is the person its own article names, and joins the two nowhere (h32nm's cases, after its revert; an invented
 * story: a flooded market, a villager and a regent both called Rudi).
 */
class SharedFirstNameTest {

    @Test
    void aNamePartTwoPeopleShareIsTheOneItsArticleNamesAndNeverMergesThem() throws Exception {
        Story story = story(new String[][] {
            {"Rudi Hartanto", "air masuk ke kios sejak subuh", "warga"},
            {"Rudi", "pedagang belum menerima bantuan", "warga"},
            {"Bupati Lembah Hijau Rudi Kurniawan", "bantuan sudah disalurkan", "Pemkab Lembah Hijau"},
            {"Rudi", "tidak ada pedagang yang belum menerima bantuan", "Pemkab Lembah Hijau"},
            {"Rudi", "pasar dibuka lagi pekan depan", null},
        }, new int[] {0, 0, 1, 1, 2});
        Persons persons = story.persons();
        List<Voice> v = story.voices();
        String villager = persons.of(v.get(0));
        String regent = persons.of(v.get(2));
        assertThat(villager).isNotEqualTo(regent);
        assertThat(persons.of(v.get(1))).as("the villager's article names only him").isEqualTo(villager);
        assertThat(persons.of(v.get(3))).as("the regent's article names only him").isEqualTo(regent);
        assertThat(persons.of(v.get(4))).as("an article naming neither").isNotEqualTo(villager).isNotEqualTo(regent);
    }

    @Test
    void aNameTwoTitledNamesEndWithStaysOnePersonAcrossTheirArticles() throws Exception {
        Story story = story(new String[][] {
            {"Kabid Humas Polda Lembah Kombes Artanto", "dua orang luka ringan"},
            {"Artanto", "situasi sudah kondusif"},
            {"Police Spokesman Commissioner Artanto", "no one was seriously hurt"},
            {"Artanto", "the crowd had dispersed"},
        }, new int[] {0, 0, 1, 1});
        Persons persons = story.persons();
        List<Voice> v = story.voices();
        assertThat(persons.of(v.get(0))).as("one spokesman under two titles").isEqualTo(persons.of(v.get(2))).isNotNull();
    }

    @Test
    void fullerNamesGoingOnDifferentlyForOneBodyStayOnePerson() throws Exception {
        Story story = story(new String[][] {
            {"Wakil Menteri Lembah Wira Santosa", "tidak ada pemecatan", "Kementerian Lembah"},
            {"Wira", "pabrik tetap beroperasi", "Kementerian Lembah"},
            {"Wira atau Koko", "buruh tetap digaji", "Kementerian Lembah"},
            {"Wira", "kurator harus hadir", "Kementerian Lembah"},
        }, new int[] {0, 0, 1, 1});
        Persons persons = story.persons();
        List<Voice> v = story.voices();
        assertThat(persons.of(v.get(0))).as("a minister and his nickname, one body").isEqualTo(persons.of(v.get(2))).isNotNull();
    }

    private static Story story(String[][] said, int[] in) throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        return new Story(articles(said, in), rules.findings(), new Names(rules.parties(), rules.findings()::isGenericSpeaker));
    }

    /** One article per distinct index in {@code in}; each row a speaker and what they said. */
    private static List<ArticleStatements> articles(String[][] said, int[] in) {
        List<ArticleStatements> out = new ArrayList<>();
        int last = in[in.length - 1];
        for (int a = 0; a <= last; a++) {
            StringBuilder text = new StringBuilder("Pasar Banjir\n\n");
            List<int[]> rows = new ArrayList<>();
            for (int i = 0; i < said.length; i++) {
                if (in[i] == a) {
                    String sentence = said[i][0] + " mengatakan " + said[i][1] + ".";
                    rows.add(new int[] {i, text.length()});
                    text.append(sentence).append("\n\n");
                }
            }
            String t = text.toString();
            Document doc = document(String.format("%03d_kabar%d.txt", a, a), t, null);
            List<Statement> statements = new ArrayList<>();
            for (int[] r : rows) {
                String sentence = said[r[0]][0] + " mengatakan " + said[r[0]][1] + ".";
                CharSpan s = new CharSpan(r[1], r[1] + sentence.length());
                int c = r[1] + sentence.indexOf(said[r[0]][1]);
                CharSpan claim = new CharSpan(c, c + said[r[0]][1].length());
                statements.add(new Statement(doc.fileName() + "#" + r[0], doc.fileName(), s, claim, said[r[0]][0], null,
                        said[r[0]].length > 2 ? said[r[0]][2] : null, "mengatakan", null, false, null, Stance.ASSERT, null, List.of(), List.of()));
            }
            out.add(new ArticleStatements(doc, statements, List.of()));
        }
        return out;
    }
}
