package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_ASSERT;
import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.json.StrictJson;
import dev.tilik.review.Rating;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportsTest {
    private static final Instant T = Instant.parse("2024-10-25T08:30:00Z");

    private static ReviewSession session() {
        Analysis a = ReviewFixtures.analysis();
        ReviewSession s = ReviewSession.fresh(a)
                .withVerdict(a.finding(DENY_VS_CONDITIONAL).orElseThrow(), Verdict.DIVERGENCE, T)
                .withNote(a.finding(DENY_VS_CONDITIONAL).orElseThrow(), "Modal *not* a denial\n\u001b[2J line two", T)
                .withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.NOT_A_CONTRADICTION, T)
                .withVerdict(a.finding(DENY_VS_ASSERT).orElseThrow(), Verdict.CONFIRMED, T)
                .withRating(a.finding(DENY_VS_ASSERT).orElseThrow(), Rating.SALAH, T);
        // After a rule edit the numbers finding is gone: its review becomes an orphan.
        return s.withAnalysis(ReviewFixtures.analysis(Set.of(DENY_VS_CONDITIONAL, DENY_VS_ASSERT)));
    }

    @Test
    void markdownShowsEachFindingWithStatementsVerdictNoteAndOrphansApart() {
        String md = MarkdownExport.render(session());
        assertThat(md).contains("## 1. deny vs conditional: DPRK denies; Kim Jong Gyu: if true, lawful",
                "- Verdict: **divergence**",
                "1. [side 0 \u00B7 DENY] 001\\_detik.txt (<" + ReviewFixtures.DETIK_URL + ">), Kim Song (DPRK):",
                "2. [side 0 \u00B7 IF] 002\\_suara.txt, Kim Jong Gyu", "- Why: ",
                "   > \"Kami tidak pernah mengirimkan tentara ke Rusia,\" kata Kim Song.",
                "> Modal \\*not\\* a denial\n> ^\\[\\[2J line two",
                "- Rating: Salah (false)");
        assertThat(md.indexOf("## Orphaned notes")).isGreaterThan(md.indexOf("## 2. deny vs assert"));
        assertThat(md.substring(md.indexOf("## Orphaned notes")))
                .contains("### numbers disagree: 1,500 vs thousands", "f-numbers-03", "**false alarm**");
        assertThat(md.chars()).noneMatch(c -> c < 0x20 && c != '\n');
    }

    /**
     * A new user's review (round 31, D7): the Markdown export described a corroboration's statements as "side 0 set
     * against side 1", as if they contradicted each other. A contradiction's sides are set against each other; the
     * sides of a finding that is none stand beside each other.
     */
    @Test
    void aCorroborationsSidesAreNotSaidToBeSetAgainstEachOther() {
        Analysis a = ReviewFixtures.analysis();
        java.util.List<dev.tilik.findings.Finding> asCorroboration = a.findings().stream()
                .map(f -> !f.id().equals(DENY_VS_ASSERT) ? f : new dev.tilik.findings.Finding(f.id(),
                        dev.tilik.model.FindingType.CORROBORATION, f.severity(), f.rule(), f.topic(), f.title(),
                        f.explanation(), f.evidence()))
                .toList();
        String md = MarkdownExport.render(ReviewSession.fresh(
                new Analysis(a.folder(), a.rules(), a.articles(), asCorroboration, a.problems())));
        String corroboration = md.substring(md.indexOf("## 2. corroboration"), md.indexOf("## 3. "));
        assertThat(corroboration).contains("side 0 beside side 1, which it does not contradict")
                .doesNotContain("set against");
        assertThat(md.substring(0, md.indexOf("## 2. "))).contains("side 0 set against side 1");
    }

    /**
     * Round forty (h40ux): a finding citing two claims of one quotation (a first count and a second one, on a
     * development folder) listed the sentence twice in the Markdown, alike, and twice in the
     * ClaimReview body. The Markdown now says each one's claim under it; the ClaimReview quotes the sentence once.
     */
    @Test
    void twoClaimsOfOneSentenceReadAsTwoInTheMarkdownAndTheSentenceOnceInTheClaimReview() {
        String quote = "\"Mula-mula dua orang positif, lalu hasil kedua 85 orang,\" kata Rina.";
        ReviewSession s = budiAgainstRina(quote);

        String md = MarkdownExport.render(s);
        assertThat(md).contains("Budi membantah ada warga yang diperiksa.\n\n2. ")
                .contains("kata Rina.\n\n   Its claim: \u201CMula-mula dua orang positif\u201D\n")
                .contains("kata Rina.\n\n   Its claim: \u201Clalu hasil kedua 85 orang\u201D\n");
        assertThat(md).as("a sentence cited once needs no claim under it").doesNotContain("Its claim: \u201CBudi");
        assertThat(ClaimReviewExport.body(s.review("f-1").orElseThrow()))
                .isEqualTo("Compared with:\n- Rina, b.txt: " + quote + "\nVerdict: confirmed (a real contradiction).");
    }

    /**
     * A walk of round forty-six (h46ux): a compared sentence cut from a quotation of several sentences opened a
     * quotation mark the ClaimReview's body never closed, and the rest of the body read as quoted. The mark is
     * closed with an ellipsis.
     */
    @Test
    void theClaimReviewClosesAQuotationTheComparedSentenceLeftOpen() {
        String quote = "\"Mula-mula dua orang positif, lalu hasil kedua 85 orang.";
        assertThat(ClaimReviewExport.body(budiAgainstRina(quote).review("f-1").orElseThrow())).isEqualTo(
                "Compared with:\n- Rina, b.txt: " + quote + "\u2026\"\nVerdict: confirmed (a real contradiction).");
    }

    /** Budi's denial against two claims of Rina's one sentence {@code quote}, confirmed. */
    private static ReviewSession budiAgainstRina(String quote) {
        dev.tilik.nlp.Document a = dev.tilik.analysis.AnalysisFixtures.document("a.txt",
                "Budi membantah ada warga yang diperiksa.", null);
        dev.tilik.nlp.Document b = dev.tilik.analysis.AnalysisFixtures.document("b.txt", quote, null);
        dev.tilik.statements.Statement deny = dev.tilik.analysis.AnalysisFixtures.statement(a, "1",
                "Budi membantah ada warga yang diperiksa.", "Budi", null, dev.tilik.model.Stance.DENY, "periksa");
        dev.tilik.text.CharSpan sentence = dev.tilik.analysis.AnalysisFixtures.span(quote, quote);
        java.util.function.BiFunction<String, String, dev.tilik.statements.Statement> claim = (id, words) ->
                new dev.tilik.statements.Statement("b.txt#" + id, "b.txt", sentence,
                        dev.tilik.analysis.AnalysisFixtures.span(quote, words), "Rina", null, null, null, null, true, null,
                        dev.tilik.model.Stance.ASSERT, "periksa", java.util.List.of(), java.util.List.of());
        dev.tilik.statements.Statement two = claim.apply("1", "Mula-mula dua orang positif");
        dev.tilik.statements.Statement more = claim.apply("2", "lalu hasil kedua 85 orang");
        dev.tilik.findings.Finding f = new dev.tilik.findings.Finding("f-1", dev.tilik.model.FindingType.DENY_VS_ASSERT,
                dev.tilik.model.Severity.HIGH, "findings.json#deny_vs_assert", "periksa", "Budi denies it, Rina asserts it",
                "They disagree.", java.util.List.of(dev.tilik.analysis.AnalysisFixtures.evidence(a, deny, 0),
                dev.tilik.analysis.AnalysisFixtures.evidence(b, two, 1),
                dev.tilik.analysis.AnalysisFixtures.evidence(b, more, 1)));
        Analysis analysis = new Analysis("articles", "rules", java.util.List.of(
                dev.tilik.analysis.AnalysisFixtures.article(a, deny),
                dev.tilik.analysis.AnalysisFixtures.article(b, two, more)), java.util.List.of(f), java.util.List.of());
        return ReviewSession.fresh(analysis).withVerdict(f, Verdict.CONFIRMED, T);
    }

    /**
     * A fact-checker's session (round 39, h39ux item 6): a note typed in the reader and never saved with Enter (a
     * hang-up with the editor open) is kept as a draft, and the Markdown a user mails after it left the draft out,
     * unsaid. The user's words appear, marked as a draft, in the whole export and in the reviewed one (where a
     * draft alone keeps its finding), and the heading says the export holds one.
     */
    @Test
    void aDraftNoteAppearsMarkedAsADraftInBothMarkdownExports() {
        Analysis a = ReviewFixtures.analysis();
        ReviewSession s = ReviewSession.fresh(a).withVerdict(a.findings().get(0), Verdict.CONFIRMED, T)
                .withDraft(a.findings().get(1), "cek ke Polda dulu", T);
        for (String md : java.util.List.of(MarkdownExport.render(s), MarkdownExport.reviewed(s))) {
            assertThat(md).contains("1 draft note (typed in the reader, never saved; marked \"Draft note\")");
            String second = md.substring(md.indexOf("## 2. "));
            assertThat(second).contains("Draft note (typed in the reader, never saved with Enter):\n\n> cek ke Polda dulu");
        }
        assertThat(MarkdownExport.reviewed(s)).doesNotContain("## 3. ");
        assertThat(MarkdownExport.render(ReviewSession.fresh(a))).doesNotContain("draft");
    }

    /** What a fact-checker mails: the reviewed findings with their numbers and the orphans, nothing unreviewed. */
    @Test
    void markdownOfTheReviewedOnlyLeavesTheUnreviewedOutAndKeepsTheNumbers() {
        Analysis a = ReviewFixtures.analysis();
        ReviewSession s = ReviewSession.fresh(a).withVerdict(a.findings().get(1), Verdict.CONFIRMED, T);
        String all = MarkdownExport.render(s);
        String reviewed = MarkdownExport.reviewed(s);
        String second = "## 2. " + a.findings().get(1).type().label();
        assertThat(all).contains("## 1. ", second, "## 3. ");
        assertThat(reviewed).contains(second, "Reviewed findings only").doesNotContain("## 1. ", "## 3. ");
        assertThat(reviewed.length()).isLessThan(all.length());
        String withOrphan = MarkdownExport.reviewed(session());
        assertThat(withOrphan).contains("## Orphaned notes", "## 1. deny vs conditional", "## 2. deny vs assert");
    }

    @Test
    void claimReviewGivesEachReviewTheUrlOfThePagePublishingTheFactCheck() throws Exception {
        String page = "https://cekfakta.example/2024/10/pasukan-korut";
        JsonNode all = StrictJson.mapper().readTree(ClaimReviewExport.render(session(), "Cek Fakta", page));
        assertThat(all).hasSize(1).allSatisfy(cr -> assertThat(cr.get("url").asText()).isEqualTo(page));
        assertThat(StrictJson.mapper().readTree(ClaimReviewExport.render(session(), "Cek Fakta")))
                .allSatisfy(cr -> assertThat(cr.has("url")).isFalse());
    }

    @Test
    void claimReviewCarriesTheClaimItsAuthorAppearanceAndIndonesianRating() throws Exception {
        JsonNode all = StrictJson.mapper().readTree(ClaimReviewExport.render(session(), "Cek Fakta"));
        assertThat(all).hasSize(1); // not_a_contradiction and divergence without a rating rate no claim
        JsonNode salah = find(all, DENY_VS_ASSERT);
        assertThat(salah.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(salah.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(salah.get("claimReviewed").asText()).startsWith("\"Kami tidak pernah mengirimkan tentara");
        assertThat(salah.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
        assertThat(salah.at("/itemReviewed/author/name").asText()).isEqualTo("Kim Song");
        assertThat(salah.at("/itemReviewed/author/affiliation/name").asText()).isEqualTo("DPRK");
        assertThat(salah.at("/itemReviewed/appearance/0/name").asText()).isEqualTo("001_detik.txt");
        assertThat(salah.at("/itemReviewed/appearance/0/url").asText()).isEqualTo(ReviewFixtures.DETIK_URL);
        assertThat(salah.at("/reviewRating/alternateName").asText()).isEqualTo("Salah");
        assertThat(salah.at("/reviewRating/ratingValue").asInt()).isEqualTo(1);
        assertThat(salah.at("/author/name").asText()).isEqualTo("Cek Fakta");
        assertThat(salah.get("datePublished").asText()).isEqualTo("2024-10-25");
        assertThat(salah.get("reviewBody").asText()).contains("Compared with:", "NIS, 001_detik.txt");

        assertThat(salah.get("reviewBody").asText()).doesNotContain("\n\n").endsWith("Verdict: confirmed (a real contradiction).");
    }

    /**
     * The new-user review: a weekday finding confirmed exported as "Belum terbukti" with the body
     * "\n\nVerdict: confirmed."; a divergence rated the denial "Tidak dapat diverifikasi". The calendar
     * settles a weekday (Salah); a divergence rates no claim; a body never holds an empty line.
     */
    @Test
    void verdictsRateOnlyWhatTheySayOfTheClaimAndTheBodyHasNoEmptyLine() {
        ReviewSession s = session();
        var f = s.findings().get(0);
        var weekday = new dev.tilik.review.Review("w", dev.tilik.model.FindingType.WEEKDAY_DATE, "Senin, 12 Oktober",
                java.util.List.of("001_detik.txt: Senin (12/10/2024)"), Verdict.CONFIRMED, "", T, T);
        assertThat(ClaimReviewExport.rating(weekday)).contains(Rating.SALAH);
        assertThat(ClaimReviewExport.body(weekday)).isEqualTo("Verdict: confirmed (a real contradiction).");
        assertThat(ClaimReviewExport.rating(s.withVerdict(f, Verdict.DIVERGENCE, T).review(f.id()).orElseThrow()))
                .isEmpty();
        var noted = weekday.withNote("first\n\n  second  \n", T);
        assertThat(ClaimReviewExport.body(noted)).isEqualTo("first\nsecond\nVerdict: confirmed (a real contradiction).");
    }

    /**
     * Two readers' verdicts merged leave "[conflict: verdict … set aside …]" in the note (hR14): the
     * published ClaimReview's body carried it to the public. The note's own words stay.
     */
    @Test
    void theClaimReviewBodyLeavesOutTheMarksOfVerdictsSetAsideInAMerge() {
        var weekday = new dev.tilik.review.Review("w", dev.tilik.model.FindingType.WEEKDAY_DATE, "Senin, 12 Oktober",
                java.util.List.of("001_detik.txt: Senin (12/10/2024)"), Verdict.CONFIRMED,
                "the calendar settles it [conflict: verdict \"needs sources\" (10:43) set aside for \"confirmed\","
                        + " chosen later] [conflict: rating \"Benar\" set aside for \"Salah\", chosen later]", T, T);
        assertThat(ClaimReviewExport.body(weekday))
                .isEqualTo("the calendar settles it\nVerdict: confirmed (a real contradiction).");
    }

    /**
     * A note may hold a pasted excerpt (64 KiB a paste, two notes merged hold more) with a long run of white space, as
     * text copied from a PDF table has: the marks were cut out by a backtracking regex, {@code \\s*} before each
     * mark tried again from every space of the run, and the ClaimReview export of one such note took seconds (8 s
     * for 40,000 spaces here), growing with the square of the run.
     */
    @Test
    void theMarksAreCutOutOfANoteWithALongRunOfWhiteSpaceInLinearTime() {
        String pasted = "tabel anggaran" + " ".repeat(128 * 1024) + "akhir tabel";
        String unclosed = "catatan " + "[conflict: tanpa penutup ".repeat(5000);
        String kept = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> NoteSync.withoutConflicts(pasted + " [conflict: verdict \"confirmed\" set aside]"));
        assertThat(kept).isEqualTo(pasted);
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> NoteSync.withoutConflicts(unclosed))).isEqualTo(unclosed.strip());
    }

    @Test
    void everyMarkGoesWithTheWhiteSpaceBeforeItAndNothingElse() {
        assertThat(NoteSync.withoutConflicts("a  [conflict: x] [conflict: y]\tb \u00B7 also noted: c\n[conflict: z]"))
                .isEqualTo("a\tb \u00B7 also noted: c");
        assertThat(NoteSync.withoutConflicts("[conflict: x]")).isEmpty();
        assertThat(NoteSync.withoutConflicts("a [conflict: x [conflict: y] b")).as("the first mark runs to the first ]")
                .isEqualTo("a b");
        assertThat(NoteSync.withoutConflicts("a [conflict: open")).isEqualTo("a [conflict: open");
        assertThat(NoteSync.withoutConflicts("a\u2028[conflict: x] b")).as("only the white space a regex's \\s takes")
                .isEqualTo("a\u2028 b");
    }

    /**
     * The new-user review: a weekday finding confirmed exported the quoted union leader as the author of a false claim
     * ("…,” Slamet said on Sunday (Dec. 7, 2024)", Salah): the weekday is the outlet's dating, not his words. And a
     * no-comment finding marked "needs sources" rated the company's "did not respond" Belum terbukti. A calendar slip
     * is the publisher's; a verdict on a finding that sets nothing against anything rates no claim.
     */
    @Test
    void aWeekdaySlipIsThePublishersAndAFindingThatContradictsNothingRatesNoClaim() throws Exception {
        String said = "\"The factory keeps running,\" Slamet said on Sunday (Dec. 7, 2024).";
        String silent = "Indo Bharat Rayon did not immediately respond to a request for comment.";
        var doc = dev.tilik.analysis.AnalysisFixtures.document("001_jakpost.txt", said + " " + silent, null,
                "The Jakarta Post");
        var slamet = dev.tilik.analysis.AnalysisFixtures.statement(doc, "1", said, "Slamet", "KSPN",
                dev.tilik.model.Stance.ASSERT, "factory");
        var company = dev.tilik.analysis.AnalysisFixtures.statement(doc, "2", silent, "Indo Bharat Rayon",
                "Indo Bharat Rayon", dev.tilik.model.Stance.NO_COMMENT, "factory");
        var weekday = new dev.tilik.findings.Finding("f-weekday", dev.tilik.model.FindingType.WEEKDAY_DATE,
                dev.tilik.model.Severity.HIGH, "findings.json#weekday", "factory", "Sunday, Dec. 7, 2024", "Not a Sunday.",
                java.util.List.of(dev.tilik.analysis.AnalysisFixtures.evidence(doc, slamet)));
        var quiet = new dev.tilik.findings.Finding("f-quiet", dev.tilik.model.FindingType.NO_COMMENT,
                dev.tilik.model.Severity.LOW, "findings.json#no_comment", "factory", "No comment", "Declined.",
                java.util.List.of(dev.tilik.analysis.AnalysisFixtures.evidence(doc, company)));
        Analysis a = new Analysis("articles", "rules", java.util.List.of(
                dev.tilik.analysis.AnalysisFixtures.article(doc, slamet, company)), java.util.List.of(weekday, quiet),
                java.util.List.of());
        ReviewSession s = ReviewSession.fresh(a).withVerdict(weekday, Verdict.CONFIRMED, T)
                .withVerdict(quiet, Verdict.NEEDS_SOURCES, T);
        JsonNode all = StrictJson.mapper().readTree(ClaimReviewExport.render(s, "Cek Fakta"));
        assertThat(all).hasSize(1);
        JsonNode salah = find(all, "f-weekday");
        assertThat(salah.at("/reviewRating/alternateName").asText()).isEqualTo("Salah");
        assertThat(salah.at("/itemReviewed/author/@type").asText()).isEqualTo("Organization");
        assertThat(salah.at("/itemReviewed/author/name").asText()).isEqualTo("The Jakarta Post");
        assertThat(salah.toString()).doesNotContain("Slamet\",").doesNotContain("\"Person\"");
    }

    @Test
    void verdictsMapToRatingsConservatively() {
        ReviewSession s = session();
        var f = s.findings().get(0);
        assertThat(ClaimReviewExport.rating(s.withVerdict(f, Verdict.CONFIRMED, T).review(f.id()).orElseThrow()))
                .contains(Rating.BELUM_TERBUKTI);
        assertThat(ClaimReviewExport.rating(s.withVerdict(f, Verdict.NEEDS_SOURCES, T).review(f.id()).orElseThrow()))
                .contains(Rating.BELUM_TERBUKTI);
        assertThat(ClaimReviewExport.rating(s.withVerdict(f, Verdict.UNREVIEWED, T).review(f.id()).orElseThrow()))
                .isEmpty();
        assertThat(ClaimReviewExport.rating(s.withRating(f, Rating.BENAR, T).review(f.id()).orElseThrow()))
                .contains(Rating.BENAR);
    }

    private static JsonNode find(JsonNode all, String id) {
        for (JsonNode n : all) {
            if (n.get("identifier").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no claim review for " + id);
    }
}
