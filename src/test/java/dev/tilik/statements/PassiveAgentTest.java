package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A reported cue in the passive with its agent after it and no agent marker ("dibantah pedagang", "disebut Rina
 * sebagai …"), every cue of the language having its passive; and a speaker described, then named by the nickname a
 * relative clause gives ("kata pria yang akrab disapa Dodi itu"). The team's own sentences on an invented market story.
 */
class PassiveAgentTest {
    @Test
    void aPeopleNounAfterAPassiveCueSpeaks() {
        assertThat(Extract.id("Pernyataan dari dinas itu dibantah pedagang Pasar Lama yang enggan disebut namanya."))
                .singleElement().satisfies(s -> {
                    assertThat(s.speaker()).isEqualTo("pedagang Pasar Lama");
                    assertThat(s.stance()).isEqualTo(Stance.DENY);
                });
        assertThat(Extract.id("Usulan tersebut ditolak warga Desa Karanganyar dan nelayan dalam rapat desa."))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("warga Desa Karanganyar dan nelayan"));
    }

    @Test
    void aNameAfterAPassiveOfSayingSpeaksWhenItSaysAsWhat() {
        assertThat(Extract.id("Kenaikan sewa kios disebut Rina sebagai salah satu alasan pedagang enggan pindah."))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Rina"));
    }

    @Test
    void anOccasionANameOrAnActIsNoPassiveStatement() {
        assertThat(Extract.id("Desa itu disebut Kampung Baru sejak lama.")).as("what a thing is called").isEmpty();
        assertThat(Extract.id("Pasar itu dibangun warga secara swadaya.")).as("a verb that is no cue").isEmpty();
        assertThat(Extract.id("Kios yang dibantah pedagang itu masih kosong.")).as("after a relative marker").isEmpty();
    }

    @Test
    void aDescribedSpeakerIsTheNicknameItsRelativeClauseGives() {
        assertThat(Extract.id("\"Kami masih menunggu hasil uji,\" kata pria yang akrab disapa Dodi itu di kantornya, Senin."))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Dodi"));
        assertThat(Extract.id("Menurut wanita yang biasa dipanggil Yuyun itu, pasar baru belum layak."))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Yuyun"));
    }

    @Test
    void aPassiveDenialOfAStatementNamedWithItsSourceAnswersTheSentenceBefore() {
        java.util.List<ArticleStatements> articles = Extract.articles(new String[]{"id",
                "Kepala Dinas Perdagangan Rina Wati mengatakan pasar lama akan dibongkar bulan depan.\n"
                        + "Pernyataan dari dinas itu dibantah pedagang yang enggan disebut namanya."});
        ArticleStatements a = articles.get(0);
        Statement denial = a.statements().stream().filter(s -> s.stance() == Stance.DENY).findFirst().orElseThrow();
        assertThat(Extract.claimWords(articles).apply(denial).answersEarlier(denial, a.document().text()))
                .as("\"pernyataan dari dinas itu\" names the claim before").isTrue();
    }
}
