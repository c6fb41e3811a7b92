package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whom a police officer or a soldier speaks for ({@code fixtures/actors-ranks-any}: a landslide, a factory strike, a
 * training plane crash and a school land dispute in invented regencies, the team's own sentences): a one-word office
 * built from a head part and its unit ("Dandim", "Pangdam", "Kadisdik") speaks for the unit; a rank's service mark
 * ("Mayjen TNI", "Brigjen Pol") is no body; a unit of the police named after the divisions inside it speaks for it; a
 * rank and a name with no body speak for the police or army body the article's speakers speak for, never a lawyer's phrase.
 */
class ActorRanksFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-ranks-any");

    @Test
    void aOneWordOfficeSpeaksForTheUnitItsHeadPartHeads() throws Exception {
        assertThat(FOLDER.parties("601_kabarlereng_id.txt", "Dandim Lereng Letkol Inf Bagus Prasetyo")).containsExactly("Kodim Lereng");
        assertThat(FOLDER.parties("601_kabarlereng_id.txt", "Pangdam Wetan Mayjen TNI Arif Gunawan"))
                .as("the rank's service mark is no body").containsExactly("Kodam Wetan");
        assertThat(FOLDER.parties("604_kabarkampus_id.txt", "Kadisdik Lereng Sri Wahyuni"))
                .as("a unit the folder defines, \"Dinas Pendidikan (Disdik)\"").containsExactly("Disdik Lereng");
        assertThat(FOLDER.parties("603_wetanpost_en.txt", "Lanud Wetan commander Marsma TNI Budi Hartono")).containsExactly("Lanud Wetan");
    }

    @Test
    void aPoliceUnitNamedAfterItsDivisionsSpeaksForThem() throws Exception {
        assertThat(FOLDER.parties("601_kabarlereng_id.txt", "Kepala Pusat Kedokteran dan Kesehatan Polri, Brigjen Pol Made Sudarsa"))
                .containsExactly("Polri");
    }

    @Test
    void aRankWithNoBodySpeaksForTheBodyOfItsKindTheArticleNames() throws Exception {
        assertThat(FOLDER.parties("601_kabarlereng_id.txt", "AKBP Rina Marlina")).containsExactly("Polres Lereng");
        assertThat(FOLDER.parties("602_suaralereng_id.txt", "Iptu Sugeng Riyadi")).containsExactly("Polres Lereng");
        assertThat(FOLDER.parties("603_wetanpost_en.txt", "Colonel Yusuf Hamdani")).as("an English rank").containsExactly("Lanud Wetan");
    }

    @Test
    void aLawyersPhraseHoldingARankSpeaksForNoPoliceBody() throws Exception {
        assertThat(FOLDER.statements()).filteredOn(s -> s.speaker().toLowerCase(java.util.Locale.ROOT).startsWith("kuasa hukum"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.party()).as("no police body").isNotEqualTo("Polres Lereng"));
        assertThat(FOLDER.parties("602_suaralereng_id.txt", "kuasa hukum Bripka Anton")).containsExactly("null");
        assertThat(FOLDER.parties("602_suaralereng_id.txt", "Kuasa hukum buruh"))
                .as("the workers' lawyer speaks for his clients, as the golds' lawyers do").containsExactly("buruh");
    }
}
