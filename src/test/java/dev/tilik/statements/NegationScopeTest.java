package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which negation in a claim governs its own predicate and which stands in a subordinate clause, a relative
 * clause or a noun phrase, on sentences the team wrote (a strike, a building collapse, a price row).
 */
class NegationScopeTest {
    private static final Lexicon ID = new Lexicon(Extract.RULES.forLanguage("id").orElseThrow());
    private static final Lexicon EN = new Lexicon(Extract.RULES.forLanguage("en").orElseThrow());
    private static final NegationScope SCOPE_ID = new NegationScope(ID);
    private static final NegationScope SCOPE_EN = new NegationScope(EN);

    private static List<Token> tokens(String text) {
        return Tokens.of(text, 0, text.length());
    }

    /** The index of the first token reading {@code word}. */
    private static int at(List<Token> t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).lower().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word + " in " + t);
    }

    private static NegationScope.Predicate predicate(NegationScope scope, String claim) {
        List<Token> t = tokens(claim);
        return scope.ofPredicate(t, 0, t.size());
    }

    @Test
    void theNegationAfterTheSubjectGovernsTheClaimsOwnPredicate() {
        String claim = "Serikat pekerja tidak akan menghentikan mogok minggu ini";
        NegationScope.Predicate p = predicate(SCOPE_ID, claim);
        assertThat(p).isNotNull();
        assertThat(p.at()).isEqualTo(at(tokens(claim), "tidak"));
        assertThat(p.wordsBefore()).isEqualTo(2);
        assertThat(predicate(SCOPE_ID, "Ternyata, tidak ada retakan pada tiang utama gedung itu")).as("a lead word before a comma")
                .isNotNull();
        assertThat(predicate(SCOPE_EN, "The contractor did not change the building plans")).isNotNull();
    }

    @Test
    void aNegationInASubordinateOrRelativeClauseIsNotThePredicates() {
        assertThat(predicate(SCOPE_ID, "Gedung itu runtuh karena tidak ada tulang besi di kolomnya")).as("a reason clause").isNull();
        assertThat(predicate(SCOPE_ID, "Pedagang yang tidak menaikkan harga didatangi petugas")).as("a relative clause").isNull();
        assertThat(predicate(SCOPE_ID, "Kalau tuntutan tidak dipenuhi, buruh akan mogok lagi")).as("an opening condition").isNull();
        assertThat(predicate(SCOPE_ID, "Harga cabai di pasar induk naik tajam pekan ini, bukan turun")).as("after a comma").isNull();
        assertThat(predicate(SCOPE_EN, "The workers walked out because the company did not pay them")).isNull();
    }

    @Test
    void aNegationThatDeniesNothingOrOnlyCountsIsNone() {
        assertThat(predicate(SCOPE_ID, "Evakuasi korban belum selesai")).as("not yet").isNull();
        assertThat(predicate(SCOPE_ID, "Jumlahnya bukan 40 orang")).as("a figure corrected").isNull();
        assertThat(predicate(SCOPE_ID, "Mogok itu tidak hanya di pabrik ini")).as("not only").isNull();
    }

    /** A time adverbial opening the claim is no subordinate clause: the negation after it is the predicate's. */
    @Test
    void aTimeAdverbialOpeningTheClaimLeavesItsPredicateTheClaimsOwn() {
        // election count, landslide, court case (story kinds none of the sets is about)
        String count = "Hingga saat ini, panitia tidak akan menghitung ulang suara di TPS itu";
        NegationScope.Predicate p = predicate(SCOPE_ID, count);
        assertThat(p).as("a comma closing the time adverbial").isNotNull();
        assertThat(p.at()).isEqualTo(at(tokens(count), "tidak"));
        assertThat(p.wordsBefore()).as("the subject counted after the adverbial").isEqualTo(1);
        assertThat(predicate(SCOPE_ID, "Saat ini tim SAR tidak menghentikan pencarian, meski hujan turun sejak pagi"))
                .as("no comma after the adverbial, one later in the claim").isNotNull();
        assertThat(predicate(SCOPE_ID, "Sampai kini, pengadilan tidak pernah menerima berkas banding terdakwa")).isNotNull();
        assertThat(predicate(SCOPE_ID, "Warga sampai kini tidak menerima ganti rugi dari pengembang"))
                .as("a time adverbial after the subject").isNotNull();
        assertThat(predicate(SCOPE_ID, "Ketika longsor terjadi, warga tidak sempat mengungsi"))
                .as("an opening clause of time with its own verb is still a subordinate clause").isNull();
        assertThat(predicate(SCOPE_ID, "Kini warga kembali, tidak ada yang mengungsi lagi"))
                .as("a time word and then a subject and verb: the comma ends the first clause").isNull();
    }

    @Test
    void aMainClauseStartsAfterAnOpeningAdverbialSetOffByAComma() {
        List<Token> t = tokens("Setelah perundingan kemarin, direksi berjanji untuk tidak memecat buruh");
        assertThat(SCOPE_ID.mainClause(t, 0, t.size())).isEqualTo(at(t, "direksi"));
        List<Token> plain = tokens("Direksi berjanji untuk tidak memecat buruh");
        assertThat(SCOPE_ID.mainClause(plain, 0, plain.size())).isZero();
    }

    @Test
    void anAssuranceGovernsANegationThatRulesSomethingOut() {
        List<Token> t = tokens("memastikan tidak ada pemotongan upah bulan ini");
        assertThat(SCOPE_ID.governed(t, 1, t.size())).isTrue();
        List<Token> pending = tokens("memastikan belum ada pemotongan upah");
        assertThat(SCOPE_ID.governed(pending, 1, pending.size())).as("not yet rules nothing out").isFalse();
        List<Token> nobody = tokens("memastikan tidak ada yang dirugikan");
        assertThat(SCOPE_ID.governed(nobody, 1, nobody.size())).as("nobody who: a state of people").isFalse();
    }

    @Test
    void aNegationOverAnOccurrenceDeniesIt() {
        List<Token> t = tokens("Dinas menyatakan tidak terjadi kebocoran gas di gedung itu");
        assertThat(SCOPE_ID.overOccurrence(t, 0, t.size())).isTrue();
        List<Token> comma = tokens("Tidak, runtuhan susulan terjadi semalam");
        assertThat(SCOPE_ID.overOccurrence(comma, 0, comma.size())).as("a comma between").isFalse();
        List<Token> pending = tokens("Jalan itu tidak lagi terjadi kemacetan");
        assertThat(SCOPE_ID.overOccurrence(pending, 0, pending.size())).as("no longer denies nothing").isFalse();
        List<Token> state = tokens("Gedung itu tidak terdaftar di dinas");
        assertThat(SCOPE_ID.overOccurrence(state, 0, state.size())).as("a state, no occurrence").isFalse();
    }

    private static boolean own(NegationScope scope, String claim, String negation) {
        List<Token> t = tokens(claim);
        return scope.inOwnClause(t, 0, t.size(), at(t, negation));
    }

    @Test
    void aNegationPastAClauseBreakOrRightAfterARelativeMarkerIsNotTheClaimsOwn() {
        assertThat(own(SCOPE_ID, "Data pasien hilang karena tidak ada cadangan", "tidak")).as("a reason clause").isFalse();
        assertThat(own(SCOPE_ID, "Gedung sekolah itu direnovasi agar atapnya tidak runtuh", "tidak")).as("a purpose clause").isFalse();
        assertThat(own(SCOPE_ID, "Formulir sudah dibagikan, namun banyak saksi yang tidak hadir", "tidak")).as("a contrast").isFalse();
        List<Token> joined = tokens("Panitia dinilai mengambil langkah yang tidak jujur dan tidak terbuka");
        assertThat(SCOPE_ID.inOwnClause(joined, 0, joined.size(), at(joined, "dan") + 1))
                .as("joined to a negation in a relative clause").isFalse();
        assertThat(own(SCOPE_EN, "The ward was closed because the hospital had not isolated the patients", "not")).isFalse();
    }

    @Test
    void theClaimsOwnNegationStandsPastASubjectsRelativeClauseAConjunctionOrACue() {
        assertThat(own(SCOPE_ID, "Data yang dipegang peretas itu tidak akan dijual", "tidak")).as("a subject's relative clause").isTrue();
        assertThat(own(SCOPE_ID, "Pemilik dan kontraktor gedung tidak terlibat", "tidak")).as("joined subjects").isTrue();
        assertThat(own(SCOPE_ID, "Hingga sore ini tidak ada korban jiwa", "tidak")).as("a time word opening the claim").isTrue();
        assertThat(own(SCOPE_ID, "Kami tegaskan bahwa tidak ada penggelembungan suara", "tidak")).as("a break after a cue").isTrue();
        assertThat(own(SCOPE_ID, "Karena tidak ada cadangan, data pasien hilang", "tidak")).as("an opening subordinate clause").isFalse();
    }
}
