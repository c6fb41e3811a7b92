package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerTest {

    @Test
    void timeAdverbialsAndViaClausesAreNotPartOfTheSpeaker() {
        Statement s = Extract.one("id", "Perwakilan Korut di Perserikatan Bangsa-Bangsa (PBB), seperti dilansir AFP, "
                + "Selasa (22/10/2024), menegaskan negaranya tidak pernah mengirimkan tentara ke Rusia.");

        assertThat(s.speaker()).isEqualTo("Perwakilan Korut di Perserikatan Bangsa-Bangsa (PBB)");
        assertThat(s.via()).isEqualTo("AFP");
        assertThat(s.cue()).isEqualTo("menegaskan");
        assertThat(s.quote()).isFalse();
    }

    @Test
    void appositionStaysAndLeadingAdverbialGoes() {
        assertThat(Extract.one("id", "Seoul dan sekutunya, AS, mengklaim Korut telah mengirim senjata.").speaker())
                .isEqualTo("Seoul dan sekutunya, AS");
        assertThat(Extract.one("id", "Di sisi lain, juru bicara Kremlin dengan tegas membantah klaim ini.").speaker())
                .isEqualTo("juru bicara Kremlin");
    }

    @Test
    void functionWordsAreNeverASpeakerNorAnAppositionBeforeOne() {
        assertThat(Extract.one("id", "Lebih lanjut, Bupati Sri Wahyuni mengatakan air mulai surut.").speaker())
                .isEqualTo("Bupati Sri Wahyuni");
        assertThat(Extract.one("id", "Kedua, Kapolres Bambang menyebut jalan ditutup sementara.").speaker())
                .isEqualTo("Kapolres Bambang");
        assertThat(Extract.id("Sempat Ada Klaim Tanggul Dibangun Warga, Kini Dibongkar"))
                .as("a subheading's opening words name nobody").isEmpty();
        assertThat(Extract.en("The official, who declined to be named, said the road was closed.").get(0).speaker())
                .as("an English noun phrase opening with an article still names someone").isEqualTo("The official");
    }

    @Test
    void quotationWithTheCueAfterTakesTheSpeakerAfterIt() {
        String text = "\"Kami tidak pernah mengirim pasukan,\" tegas salah satu diplomat Korut, yang tidak disebut namanya.";
        Statement s = Extract.one("id", text);
        assertThat(s.claim().coveredText(text)).isEqualTo("Kami tidak pernah mengirim pasukan");
        s = Extract.one("id", "\"Kami tidak pernah mengirim pasukan,\" tegas salah satu diplomat Korut, "
                + "yang tidak disebut namanya.");

        assertThat(s.speaker()).isEqualTo("salah satu diplomat Korut");
        assertThat(s.quote()).isTrue();
    }

    @Test
    void englishSpeakerBeforeOrAfterTheCue() {
        assertThat(Extract.one("en", "\"It is a lie,\" the minister said.").speaker()).isEqualTo("the minister");
        assertThat(Extract.one("en", "\"It is a lie,\" said Kim Song, the envoy.").speaker()).isEqualTo("Kim Song");
    }

    @Test
    void aRelativeClauseWithoutSourceIsNoStatementButWithSourceNamesIt() {
        assertThat(Extract.id("Laporan yang menyebut kapal Rusia berlabuh di Rason belum diverifikasi.")).isEmpty();
        assertThat(Extract.one("id", "Kabar itu muncul di tengah tuduhan dari Korea Selatan yang menyebutkan bahwa "
                + "Korut telah mengirim tentara.").speaker()).isEqualTo("Korea Selatan");
    }

    @Test
    void aRecordNamingItsAuthorBeforeARelativeCueIsThatAuthors() {
        Statement s = Extract.one("id", "Warga mengungkit pernyataan Kepala Dinas Pengairan, Bambang Wijaya, yang menyebut "
                + "bahwa tanggul itu sudah diperbaiki.");
        assertThat(s.speaker()).contains("Bambang Wijaya").doesNotContain("pernyataan");
        assertThat(Extract.one("id", "Temuan itu menjawab pernyataan Wakil Bupati Lestari Ayu yang menyebut warga "
                + "menolak relokasi.").speaker()).isEqualTo("Wakil Bupati Lestari Ayu");
        assertThat(Extract.id("Warga mengungkit pernyataan yang menyebut tanggul itu sudah diperbaiki."))
                .as("a record naming no one is no one's").isEmpty();
    }

    @Test
    void wordsRecalledInARelativeClauseLendNoVoiceToTheQuotationAfter() {
        List<Statement> all = Extract.id("Temuan itu menjawab pernyataan Wakil Bupati Lestari Ayu yang menyebut warga "
                + "menolak relokasi.\n\n\"Kami bingung dengan pernyataan itu, kami tidak pernah diundang.\"");
        assertThat(all).noneMatch(s -> s.quote() && s.speaker().contains("Lestari"));
        assertThat(Extract.id("Wakil Bupati Lestari Ayu menyebut warga menolak relokasi.\n\n"
                + "\"Kami bingung dengan sikap warga, mereka tidak pernah hadir.\""))
                .as("said in her own sentence, the quotation after is hers").anyMatch(s -> s.quote() && s.speaker().contains("Lestari"));
        assertThat(Extract.id("Temuan itu menjawab pernyataan Wakil Bupati Lestari Ayu yang menyebut warga menolak relokasi.\n\n"
                + "\"Kami bingung dengan pernyataan itu, kami tidak pernah diundang untuk"))
                .as("nor to a quotation the page cuts off").noneMatch(s -> s.quote() && s.speaker().contains("Lestari"));
    }

    @Test
    void aConjunctionAfterAClauseOfItsOwnStartsTheSpeaker() {
        assertThat(Extract.id("Ia tidak memberikan rincian desa yang terdampak, tetapi Rudi mengklaim sejumlah jalan sudah dibuka."))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Rudi"));
        assertThat(Extract.one("id", "Kepala desa itu, namun juga Ketua RT Sinta, mengatakan jalan sudah dibuka.").speaker())
                .as("no clause before the opener: the words before it stay").contains("Kepala desa");
    }

    @Test
    void aSentenceWithoutAttributionIsNoStatement() {
        assertThat(Extract.id("Situasi di perbatasan tetap tegang sepanjang pekan ini.")).isEmpty();
        assertThat(Extract.id("Korsel baru saja memanggil Duta Besar Rusia untuk menyampaikan kritik.")).isEmpty();
        assertThat(Extract.en("The claims were dismissed by Pyongyang.")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Pyongyang"));
    }

    @Test
    void speakerSpanPointsAtTheText() {
        String text = "Badan intelijen Korsel, pada Jumat (18/10), menyebut Korut telah mengirimkan pasukan.";
        Statement s = Extract.one("id", text);

        assertThat(s.speaker()).isEqualTo("Badan intelijen Korsel");
        assertThat(s.speakerSpan().coveredText(text)).isEqualTo("Badan intelijen Korsel");
        assertThat(s.cueSpan().coveredText(text)).isEqualTo("menyebut");
        assertThat(s.dates()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("Jumat (18/10)"));
    }
}
