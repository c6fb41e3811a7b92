package dev.tilik.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.AnalysisFixtures;
import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportsTest {
    @Test
    void textListsStatementsThenContradictionsThenTheRest() {
        String text = ReportFormat.TEXT.render(ReportFixture.analysis());

        assertThat(text).contains("2 articles, 3 statements, 1 contradiction, 1 other finding",
                "[DENY] Pyongyang (DPRK) · troops", "[IF] Kim Jong Gyu (DPRK)",
                " 1. deny vs conditional · high · f1", "    - b.txt: “\"Jika benar, itu pasti sah,\" ujar Kim Jong Gyu.”",
                "rule test#deny_vs_conditional  id f1", "warning c.txt: empty file, skipped");
        assertThat(text.indexOf("Contradictions")).isLessThan(text.indexOf("Also noted (not contradictions)"));
    }

    @Test
    void problemsSectionStartsOnItsOwnLineWithoutEscapes() {
        String text = ReportFormat.TEXT.render(ReportFixture.analysis());

        assertThat(text).contains("\n\nProblems\n").doesNotContain("^J");
    }

    @Test
    void controlCharactersFromArticlesNeverReachTheTerminal() {
        String text = ReportFormat.TEXT.render(articleWithControls());

        assertThat(text).doesNotContain("\u001b", "\u202e").contains("^[[2J");
    }

    @Test
    void markdownReportNeverCarriesControlCharactersEither() {
        String md = ReportFormat.MD.render(articleWithControls());

        assertThat(md).doesNotContain("\u001b", "\u202e").contains("^\\[\\[2J", "\\<U+202E\\>");
    }

    /**
     * A fact-checker's session (h42ux, L5): a headline its outlet prints as its own claim has no cue written, and
     * its label read "[ASSERT] Outlet ·  · topic". It says it is the headline; a statement with a cue keeps it.
     */
    @Test
    void aHeadlineWithNoCueWrittenIsSaidToBeTheHeadline() {
        var doc = AnalysisFixtures.document("h.txt", "Longsor tutup jalan desa di lereng bukit", null);
        var s = AnalysisFixtures.statement(doc, "1", "Longsor tutup jalan desa di lereng bukit", "Kabar Pagi", null,
                Stance.ASSERT, "longsor");
        var headline = new dev.tilik.statements.Statement(s.id(), s.fileName(), s.sentence(), s.claim(), s.speaker(),
                null, null, "", new dev.tilik.text.CharSpan(0, 0), false, null, s.stance(), s.topic(), List.of(),
                List.of());
        var said = new dev.tilik.statements.Statement(s.id(), s.fileName(), s.sentence(), s.claim(), s.speaker(),
                null, null, "kata", new dev.tilik.text.CharSpan(0, 4), false, null, s.stance(), s.topic(), List.of(),
                List.of());

        assertThat(Labels.statement(headline)).isEqualTo("[ASSERT] Kabar Pagi · headline · longsor");
        assertThat(Labels.statement(said)).isEqualTo("[ASSERT] Kabar Pagi · kata · longsor");
    }

    @Test
    void aFigureItsOutletNarratesIsSaidToBeNarrated() {
        var doc = AnalysisFixtures.document("n.txt", "Tercatat 40 rumah rusak berat di lereng bukit", null);
        var s = AnalysisFixtures.statement(doc, "1", "Tercatat 40 rumah rusak berat di lereng bukit", "Kabar Pagi", null,
                Stance.ASSERT, null);
        var narrated = new dev.tilik.statements.Statement(s.id(), s.fileName(), s.sentence(), s.claim(), s.speaker(),
                null, null, "", new dev.tilik.text.CharSpan(0, 0), false, null, s.stance(), null, List.of(),
                List.of()).asNarrated();

        assertThat(Labels.statement(narrated)).isEqualTo("[ASSERT] Kabar Pagi · narrated");
    }

    private static Analysis articleWithControls() {
        String evil = "Pyongyang \u001b[2J membantah \u202e itu.";
        var doc = AnalysisFixtures.document("x.txt", evil, null);
        var s = AnalysisFixtures.statement(doc, "1", evil, "Pyongyang", "DPRK", Stance.DENY, "troops");
        return new Analysis("f", "r", List.of(AnalysisFixtures.article(doc, s)), List.of(), List.of());
    }

    @Test
    void markdownEscapesArticleTextAndPutsFindingsFirst() {
        String md = ReportFormat.MD.render(ReportFixture.analysis());

        assertThat(md).startsWith("# Tilik report: articles\n");
        assertThat(md).contains("## Contradictions", "### 1. f1", "*deny vs conditional*, severity **high**",
                "> **a.txt**: “Pyongyang membantah laporan itu.”", "Seoul mengklaim \\*1.500\\* tentara");
        assertThat(md.indexOf("## Contradictions")).isLessThan(md.indexOf("## Statements"));
    }

    @Test
    void everyHeadingNumbersItsFindingsAsTheReaderDoes() {
        Analysis a = numberedAcrossHeadings();

        assertThat(a.findings()).extracting(dev.tilik.findings.Finding::id).containsExactly("other", "contra");
        String text = ReportFormat.TEXT.render(a);
        assertThat(text).contains(" 2. deny vs conditional", " 1. corroboration").doesNotContain(" 1. deny vs conditional");
        String md = ReportFormat.MD.render(a);
        assertThat(md).contains("### 2. contra", "### 1. other").doesNotContain("### 1. contra");
    }

    /** A topic whose one finding is no contradiction comes first in the one order, before the contradiction. */
    private static Analysis numberedAcrossHeadings() {
        Analysis base = ReportFixture.analysis();
        var f1 = base.findings().get(0);
        var f2 = base.findings().get(1);
        var other = new dev.tilik.findings.Finding("other", f2.type(), f2.severity(), f2.rule(), "aid", "other",
                "because", f2.evidence());
        var contra = new dev.tilik.findings.Finding("contra", f1.type(), f1.severity(), f1.rule(), "troops", "contra",
                "because", f1.evidence());
        return new Analysis("articles", "bundled", base.articles(), List.of(other, contra), List.of());
    }

    @Test
    void formatsAreChosenByName() {
        assertThat(ReportFormat.of("json")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.of("markdown")).isEqualTo(ReportFormat.MD);
        assertThatThrownBy(() -> ReportFormat.of("xml")).hasMessage("expected one of text, json, md, got \"xml\"");
    }
}
