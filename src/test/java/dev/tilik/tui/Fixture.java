package dev.tilik.tui;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.Problem;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made analysis of the two sample articles: statements and findings at the offsets where
 * the text really says them, as the pipeline would produce (the reader is tested without it).
 */
final class Fixture {
    static final String A = "000_e66589b7fd0713d1.txt";
    static final String B = "003_9885e51dfbb98028.txt";

    private Fixture() {
    }

    static ReviewSession session() {
        return ReviewSession.fresh(analysis());
    }

    static Analysis analysis() {
        String ta = read(A);
        String tb = read(B);
        Article a = new Article(A, ta, "0".repeat(64), "UTF-8", List.of(
                line(ta, "SCROLL TO CONTINUE WITH CONTENT"), line(ta, "Simak Video: Kim Jong Un"),
                line(ta, "Simak berita selengkapnya"), lastLine(ta, "Simak Video: Kim Jong Un")),
                null, null, null, null, List.of());
        int related = tb.indexOf("Berita Terkait");
        Article b = new Article(B, tb, "1".repeat(64), "UTF-8", List.of(new CharSpan(related, tb.length())),
                null, "Suara.com", new CharSpan(0, 9), null, List.of());
        List<Statement> sa = new ArrayList<>();
        sa.add(st(A, 1, ta, "Korea Utara (Korut) membantah", "laporan yang menyebut pihaknya mengirimkan tentara",
                "Korea Utara", "DPRK", "membantah", false, null, Stance.DENY));
        sa.add(st(A, 2, ta, "Badan intelijen Korsel, pada Jumat", "Korut telah mengirimkan pasukan dalam",
                "Badan intelijen Korsel", "ROK", "menyebut", false, null, Stance.ASSERT));
        sa.add(st(A, 3, ta, "Seoul mengklaim sekitar", "sekitar 1.500 tentara dari pasukan khusus Korut sudah berada",
                "Seoul", "ROK", "mengklaim", false, null, Stance.ASSERT));
        sa.add(st(A, 4, ta, "Perwakilan Korut di Perserikatan", "negaranya tidak pernah mengirimkan tentara ke Rusia",
                "Perwakilan Korut di PBB", "DPRK", "menegaskan", false, "AFP", Stance.DENY));
        sa.add(st(A, 5, ta, "Soal laporan pengiriman pasukan Korut", "tidak mengonfirmasi juga tidak membantahnya",
                "Rusia", "RU", null, false, null, Stance.NO_COMMENT));
        List<Statement> sb = new ArrayList<>();
        sb.add(st(B, 1, tb, "Melalui kantor berita resmi", "setiap pengiriman pasukan Korea Utara ke luar negeri",
                "Kim Jong Gyu", "DPRK", "mengungkapkan", false, "KCNA", Stance.HEDGE));
        sb.add(st(B, 2, tb, "\"Jika benar ada hal", "Jika benar ada hal seperti yang dibicarakan oleh media",
                "Kim Jong Gyu", "DPRK", "ujar", true, null, Stance.CONDITIONAL));
        sb.add(st(B, 3, tb, "Pernyataan Kim muncul", "Korea Utara telah mengirimkan ribuan tentara",
                "Korea Selatan dan Amerika Serikat", "ROK+US", "menyebutkan", false, null, Stance.ASSERT));
        sb.add(st(B, 4, tb, "Bahkan, Presiden Ukraina", "tentara Korea Utara mungkin saja akan ditugaskan",
                "Volodymyr Zelenskyy", "UA", "menyatakan", false, null, Stance.HEDGE));
        sb.add(st(B, 5, tb, "Di sisi lain, perwakilan", "klaim ini",
                "perwakilan Korea Utara di PBB", "DPRK", "membantah", false, null, Stance.DENY));
        ArticleStatements asA = new ArticleStatements(doc(a, sa), sa, List.of());
        ArticleStatements asB = new ArticleStatements(doc(b, sb), sb, List.of());
        List<Finding> f = new ArrayList<>();
        f.add(finding("f-denycond", FindingType.DENY_VS_CONDITIONAL, Severity.HIGH, "deny_vs_conditional",
                "DPRK envoy denies troops; Kim Jong Gyu: if true, lawful",
                "North Korea's UN envoy flatly denies sending troops, while its vice foreign minister says that if "
                        + "it is true it complies with international law: a denial against a conditional non-denial.",
                ev(ta, sa.get(3), 0), ev(tb, sb.get(1), 1)));
        f.add(finding("f-denyassert", FindingType.DENY_VS_ASSERT, Severity.HIGH, "deny_vs_assert",
                "North Korea denies; South Korean intelligence asserts troops sent",
                "North Korea denies the report that it sent troops; South Korea's intelligence service says "
                        + "troops were sent on a large scale.", ev(ta, sa.get(0), 0), ev(ta, sa.get(1), 1)));
        f.add(finding("f-numeric", FindingType.NUMERIC, Severity.MEDIUM, "numeric_range",
                "about 1,500 troops vs thousands of troops",
                "One article says about 1,500 soldiers, the other thousands: the ranges do not overlap.",
                ev(ta, sa.get(2), 0), ev(tb, sb.get(2), 1)));
        f.add(finding("f-corro", FindingType.CORROBORATION, Severity.INFO, "same_denial",
                "Both outlets report the envoy's denial",
                "Two outlets report the same denial by the North Korean UN envoy; they corroborate each other.",
                ev(ta, sa.get(3), 0), ev(tb, sb.get(4), 0)));
        int jumat = tb.indexOf("Jumat (24/10)");
        CharSpan date = new CharSpan(jumat, jumat + "Jumat (24/10)".length());
        CharSpan dateSentence = sentence(tb, jumat);
        f.add(finding("f-weekday", FindingType.WEEKDAY_DATE, Severity.MEDIUM, "weekday_date",
                "Jumat (24/10): 24 October 2024 was a Thursday",
                "The article names Friday for 24 October, but in 2024 that date was a Thursday.",
                new Evidence(B, null, date, dateSentence, dateSentence.coveredText(tb))));
        return new Analysis("articles", "rules", List.of(asA, asB), f,
                List.of(new Problem(Problem.Level.INFO, "notes.txt", "not an article (no text), skipped")));
    }

    static String read(String name) {
        try {
            return Files.readString(Path.of("articles", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document doc(Article a, List<Statement> st) {
        return new Document(a, new LanguageGuess("id", 0.99, 0.9), st.stream().map(Statement::sentence).toList());
    }

    static Statement st(String file, int n, String text, String sentenceProbe, String claimProbe, String speaker,
                        String party, String cue, boolean quote, String via, Stance stance) {
        int at = text.indexOf(sentenceProbe);
        int c = text.indexOf(claimProbe, at);
        if (at < 0 || c < 0) {
            throw new IllegalStateException("fixture text moved: " + sentenceProbe);
        }
        CharSpan sentence = sentence(text, at + sentenceProbe.length() / 2);
        CharSpan claim = new CharSpan(c, Math.min(sentence.end() - 1, c + claimProbe.length()));
        CharSpan cueSpan = cue == null ? null : new CharSpan(text.indexOf(cue, at), text.indexOf(cue, at) + cue.length());
        return new Statement(file + "#" + n, file, sentence, claim, speaker, null, party, cue, cueSpan, quote, via,
                stance, "troops", List.of(), List.of());
    }

    /** The sentence around {@code offset}: from after the previous ". " or line start to the next one. */
    static CharSpan sentence(String text, int offset) {
        int dotBefore = text.lastIndexOf(". ", offset);
        int start = Math.max(dotBefore < 0 ? 0 : dotBefore + 2, text.lastIndexOf('\n', offset) + 1);
        int dot = text.indexOf(". ", offset);
        int nl = text.indexOf('\n', offset);
        int end = nl < 0 ? text.length() : nl;
        if (dot >= 0 && dot < end) {
            end = dot + 1;
        }
        return new CharSpan(start, end);
    }

    private static Evidence ev(String text, Statement s, int side) {
        return new Evidence(s.fileName(), s.id(), s.claim(), s.sentence(), s.sentence().coveredText(text), side);
    }

    private static Finding finding(String id, FindingType type, Severity sev, String rule, String title,
                                   String why, Evidence... ev) {
        String topic = type == FindingType.WEEKDAY_DATE ? null : "troops";
        return new Finding(id, type, sev, "findings.json#" + rule, topic, title, why, List.of(ev));
    }

    private static CharSpan line(String text, String probe) {
        return lineFrom(text, text.indexOf(probe));
    }

    private static CharSpan lastLine(String text, String probe) {
        return lineFrom(text, text.lastIndexOf(probe));
    }

    /** From {@code at} to the end of its line. */
    private static CharSpan lineFrom(String text, int at) {
        int end = text.indexOf('\n', at);
        return new CharSpan(at, end < 0 ? text.length() : end);
    }
}
