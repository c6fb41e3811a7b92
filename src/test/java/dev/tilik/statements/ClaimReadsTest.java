package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The propositions' reads and clusters of a folder's statements are made while its parties are resolved,
 * from the statements as extracted ({@link StatementExtractor#acrossFolder}): they serve the statements
 * after the parties changed, giving what reads and clusters made afterwards give; those of other claims,
 * stances, topics or speakers are not taken. {@link SideTask} gives its value or what it threw.
 */
class ClaimReadsTest {
    private static final String[][] FOLDER = {
            {"id", "BPBD Sukamaju menyatakan banjir disebabkan tanggul Sungai Cilamaya yang jebol.\n"
                    + "Kepala BPBD Rudi Hartono mengatakan 12 orang meninggal dunia akibat banjir."},
            {"id", "Warga Mekarsari mengaku air datang dari tanggul yang jebol.\n"
                    + "Kapolres Bambang Sutrisno mengatakan 19 orang meninggal dunia akibat banjir."},
            {"id", "Kepala BBWS Ahmad Fauzi menegaskan banjir disebabkan curah hujan ekstrem, bukan tanggul jebol.\n"
                    + "\"Itu tidak benar,\" kata Ahmad. Ia membantah tanggul jebol."},
            {"en", "Disaster agency chief Rudi Hartono said the levee breach caused the flood. He denied that it rained."},
            {"id", "Camat Sukamaju Dedi Supriadi mengatakan 300 warga mengungsi ke balai desa.\n"
                    + "Dinas Sosial menyebut bantuan logistik dikirim ke posko pengungsian."},
    };

    @Test
    void readsMadeBeforeThePartiesServeTheStatementsAfterThemAsReadsMadeAfter() {
        List<ArticleStatements> extracted = Extract.articles(FOLDER);
        Function<Statement, ClaimWords.Language> words = Extract.claimWords(extracted);
        List<ArticleStatements> withParties = withParties(extracted);
        Propositions.Reads before = Propositions.reads(extracted, words);

        assertThat(before.statements()).hasSizeGreaterThan(6);
        assertThat(before.of(withParties.stream().flatMap(a -> a.statements().stream()).toList())).isTrue();
        assertThat(Propositions.assign(withParties, words, before)).isEqualTo(Propositions.assign(withParties, words));
    }

    @Test
    void readsOfOtherClaimsStancesOrTopicsAreNotTaken() {
        List<ArticleStatements> extracted = Extract.articles(FOLDER);
        Function<Statement, ClaimWords.Language> words = Extract.claimWords(extracted);
        Propositions.Reads reads = Propositions.reads(extracted, words);
        List<Statement> all = reads.statements();
        Statement first = all.get(0);

        assertThat(reads.of(all.subList(1, all.size()))).isFalse();
        assertThat(reads.of(replaced(all, first.withTopic("something else")))).isFalse();
        assertThat(reads.of(replaced(all, first.withStance(first.stance() == dev.tilik.model.Stance.DENY
                ? dev.tilik.model.Stance.ASSERT : dev.tilik.model.Stance.DENY, StanceBasis.CUE)))).isFalse();
        // a stale set of reads is made again, not used
        List<ArticleStatements> retopiced = extracted.stream().map(a -> new ArticleStatements(a.document(),
                a.statements().stream().map(s -> s.withTopic("other")).toList(), a.dates())).toList();
        assertThat(Propositions.assign(retopiced, words, reads)).isEqualTo(Propositions.assign(retopiced, words));
    }

    @Test
    void clustersMadeBeforeThePartiesServeTheStatementsAfterThemAsAssignAfterThem() {
        List<ArticleStatements> extracted = Extract.articles(FOLDER);
        Function<Statement, ClaimWords.Language> words = Extract.claimWords(extracted);
        List<ArticleStatements> withParties = withParties(extracted);
        Propositions.Clusters before = Propositions.cluster(extracted, words, Propositions.reads(extracted, words));

        assertThat(before.of(withParties.stream().flatMap(a -> a.statements().stream()).toList())).isTrue();
        List<ArticleStatements> finished = Propositions.finish(withParties, words, before);
        assertThat(finished).isEqualTo(Propositions.assign(withParties, words));
        // the parties are the resolved ones, the propositions those made before them
        assertThat(finished.stream().flatMap(a -> a.statements().stream()).map(Statement::party))
                .allMatch(p -> p.startsWith("Party of "));
        assertThat(finished.stream().flatMap(a -> a.statements().stream()).map(Statement::topic)).anyMatch(t -> t != null);
    }

    @Test
    void clustersOfStatementsChangedOtherwiseThanByPartyAreMadeAgain() {
        List<ArticleStatements> extracted = Extract.articles(FOLDER);
        Function<Statement, ClaimWords.Language> words = Extract.claimWords(extracted);
        Propositions.Clusters clusters = Propositions.cluster(extracted, words, Propositions.reads(extracted, words));
        List<Statement> all = clusters.statements();
        Statement first = all.get(0);

        assertThat(clusters.of(all)).isTrue();
        assertThat(clusters.of(all.subList(1, all.size()))).isFalse();
        assertThat(clusters.of(replaced(all, first.withSpeaker("Someone else", first.party())))).isFalse();
        assertThat(clusters.of(replaced(all, first.withTopic("something else")))).isFalse();
        List<ArticleStatements> retopiced = extracted.stream().map(a -> new ArticleStatements(a.document(),
                a.statements().stream().map(s -> s.withTopic("other")).toList(), a.dates())).toList();
        assertThat(Propositions.finish(retopiced, words, clusters)).isEqualTo(Propositions.assign(retopiced, words));
    }

    @Test
    void aSideTaskGivesItsValueOrWhatItThrew() {
        assertThat(SideTask.start(() -> 6 * 7, "test-side").join()).isEqualTo(42);
        IllegalStateException bad = new IllegalStateException("bad");
        assertThatThrownBy(() -> SideTask.start(() -> {
            throw bad;
        }, "test-side").join()).isSameAs(bad);
        StackOverflowError error = new StackOverflowError();
        assertThatThrownBy(() -> SideTask.start(() -> {
            throw error;
        }, "test-side").join()).isSameAs(error);
    }

    /** The articles with each statement's party resolved: "Party of" its speaker. */
    private static List<ArticleStatements> withParties(List<ArticleStatements> extracted) {
        return extracted.stream().map(a -> new ArticleStatements(a.document(),
                a.statements().stream().map(s -> s.withParty("Party of " + s.speaker())).toList(), a.dates())).toList();
    }

    private static List<Statement> replaced(List<Statement> all, Statement first) {
        List<Statement> out = new java.util.ArrayList<>(all);
        out.set(0, first);
        return out;
    }
}
