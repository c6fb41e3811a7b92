package dev.tilik.notes;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.model.Severity;
import dev.tilik.report.MarkdownText;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The note file as Markdown, to read or to mail: every finding of the analysis with the
 * statements it compares — each with its side of the comparison (as the JSON report's {@code side})
 * and its stance, so a denial reads apart from an assertion —, the explanation ("Why", as the reader
 * shows it), the verdict and the note; then the orphaned notes (findings that no longer appear) in
 * their own section. {@link #reviewed} keeps only the findings something was recorded on (a verdict,
 * a note, a rating) and the orphaned notes: what a fact-checker mails, without the unreviewed findings
 * (3.9 MB at 1,000 articles), numbered as everywhere else.
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    public static String render(ReviewSession session) {
        return render(session, false);
    }

    /** Only the reviewed findings and the orphaned notes; each keeps the number it has in the one order. */
    public static String reviewed(ReviewSession session) {
        return render(session, true);
    }

    private static String render(ReviewSession session, boolean reviewedOnly) {
        return render(session, reviewedOnly, null);
    }

    private static String render(ReviewSession session, boolean reviewedOnly, Sections sections) {
        StringBuilder md = new StringBuilder();
        List<Finding> findings = session.findings();
        List<Review> orphans = session.orphans();
        md.append("# Tilik notes: ").append(MarkdownText.inline(session.analysis().folder())).append("\n\n");
        md.append(session.analysis().articles().size()).append(" articles · ")
                .append(findings.size()).append(" findings · ")
                .append(session.reviewedCount()).append(" reviewed · ")
                .append(orphans.size()).append(" orphaned notes");
        long drafts = session.reviews().values().stream().filter(r -> !r.draft().isEmpty()).count();
        if (drafts > 0) {
            // a note typed and never saved is the user's work: the export says it holds one, and where it is marked
            md.append(" · ").append(drafts).append(drafts == 1 ? " draft note" : " draft notes")
                    .append(" (typed in the reader, never saved; marked \"Draft note\")");
        }
        md.append('\n');
        if (reviewedOnly) {
            md.append("\nReviewed findings only (numbered as in the reader); the others are left out.\n");
        }
        int n = 0;
        for (Finding f : findings) {
            n++;
            if (reviewedOnly && !session.reviewed(f.id()) && session.draft(f.id()).isEmpty()) {
                continue;
            }
            md.append(sections == null ? section(session, n, f) : sections.of(session, n, f));
        }
        if (!orphans.isEmpty()) {
            md.append("\n## Orphaned notes\n\n")
                    .append("These findings no longer appear (the articles or the rules changed); their notes are kept.\n");
            for (Review r : orphans) {
                md.append("\n### ").append(r.type().label()).append(": ").append(MarkdownText.inline(r.title()))
                        .append("\n\n");
                md.append("- Finding id: ").append(MarkdownText.inline(r.findingId())).append('\n');
                review(md, r, r.verdict());
                statements(md, session, r.compared(), null);
                note(md, r.note());
                draft(md, r.draft());
            }
        }
        return md.toString();
    }

    /** One finding's section, numbered {@code n}: all it reads is the finding, its review and its statements. */
    private static String section(ReviewSession session, int n, Finding f) {
        StringBuilder md = new StringBuilder();
        Optional<Review> r = session.review(f.id());
        md.append("\n## ").append(n).append(". ").append(f.type().label()).append(": ")
                .append(MarkdownText.inline(f.title())).append("\n\n");
        md.append("- Severity: ").append(f.severity().id())
                .append(" · rule: ").append(MarkdownText.inline(f.rule())).append('\n');
        md.append("- Why: ").append(MarkdownText.inline(f.explanation())).append('\n');
        review(md, r.orElse(null), session.verdict(f.id()));
        statements(md, session, r.map(Review::compared).orElseGet(() -> session.compared(f)), f);
        note(md, r.map(Review::note).orElse(""));
        draft(md, r.map(Review::draft).orElse(""));
        return md.toString();
    }

    /**
     * The whole rendering ({@link #render}, the same text) for one note store's saves, each finding's
     * section kept from the save before and made again only when what it is made of changed: the
     * analysis, the finding, its number or its review. A save after one verdict renders one section
     * and joins the rest; the save on quitting after an autosave renders none. Safe from several
     * threads (an autosave and the hang-up save): a section is an immutable value, put whole.
     */
    public static final class Sections {
        private final Map<String, Section> byFinding = new ConcurrentHashMap<>();

        private record Section(Analysis analysis, Finding finding, int number, Review review, String text) {
        }

        /** The notes as Markdown: {@link #render(ReviewSession)}'s text. */
        public String render(ReviewSession session) {
            return MarkdownExport.render(session, false, this);
        }

        String of(ReviewSession session, int n, Finding f) {
            Review r = session.review(f.id()).orElse(null);
            Section kept = byFinding.get(f.id());
            if (kept != null && kept.analysis() == session.analysis() && kept.finding() == f && kept.number() == n
                    && Objects.equals(kept.review(), r)) {
                return kept.text();
            }
            String text = section(session, n, f);
            byFinding.put(f.id(), new Section(session.analysis(), f, n, r, text));
            return text;
        }
    }

    private static void review(StringBuilder md, Review r, Verdict verdict) {
        if (r != null && verdict == Verdict.UNREVIEWED && !r.isBlank()) {
            md.append("- Verdict: **").append(Review.NO_VERDICT_YET).append("** (reviewed: a note or a rating recorded, no verdict chosen)\n");
        } else {
            md.append("- Verdict: **").append(verdict.label()).append("** (").append(verdict.description()).append(")\n");
        }
        if (r == null) {
            return;
        }
        r.ratingIfAny().ifPresent(rating -> md.append("- Rating: ").append(rating.label())
                .append(" (").append(rating.english()).append(")\n"));
        r.setAside().forEach(a -> md.append("- Set aside: ").append(MarkdownText.inline(a.describe())).append('\n'));
        md.append("- Updated: ").append(r.updated()).append('\n');
    }

    /**
     * The statements compared; with the finding they are from ({@code f}, null for an orphan), each
     * opens with its side and stance: "[side 0 · DENY]". The snapshot and the finding's evidence are
     * in one order; where they no longer match (an orphan, an edited snapshot) no side is claimed.
     */
    private static void statements(StringBuilder md, ReviewSession session, List<ComparedStatement> statements,
                                   Finding f) {
        boolean sided = f != null && f.evidence().size() == statements.size();
        // a corroboration (an evolving figure, a no-comment) sets nothing against anything: its sides are side by side
        md.append(!sided ? "\nStatements compared:\n" : "\nStatements compared (side 0 "
                + (f.type().isContradiction() ? "set against side 1" : "beside side 1, which it does not contradict")
                + "; a statement's stance after its side):\n");
        Map<String, Integer> sentences = new java.util.HashMap<>();
        statements.forEach(s -> sentences.merge(s.file() + '\u0000' + s.text(), 1, Integer::sum));
        int i = 1;
        for (ComparedStatement s : statements) {
            md.append('\n').append(i).append(". ");
            Evidence e = sided ? f.evidence().get(i - 1) : null;
            if (sided) {
                md.append(sideAndStance(session, e)).append(' ');
            }
            i++;
            md.append(MarkdownText.inline(s.file()));
            session.urlOf(s).ifPresent(url -> md.append(" (").append(MarkdownText.url(url)).append(')'));
            if (s.speaker() != null) {
                md.append(", ").append(MarkdownText.inline(s.speaker()));
                if (s.party() != null) {
                    md.append(" (").append(MarkdownText.inline(s.party())).append(')');
                }
            }
            md.append(":\n");
            for (String line : MarkdownText.lines(s.text())) {
                md.append("   > ").append(line).append('\n');
            }
            if (e != null && sentences.get(s.file() + '\u0000' + s.text()) > 1) {
                claim(session, e).ifPresent(c -> md.append("\n   Its claim: \u201C").append(MarkdownText.inline(c))
                        .append("\u201D\n"));
            }
        }
    }

    /**
     * The words a statement's claim covers, said under a sentence that holds another statement of the list too
     * (two claims of one quotation: "the ferry left late", "the bridge stayed shut"), so the
     * sentence quoted twice reads as two statements, not one listed twice.
     */
    private static Optional<String> claim(ReviewSession session, Evidence e) {
        return session.analysis().article(e.fileName()).map(a -> a.document().text())
                .filter(t -> e.span().end() <= t.length() && e.span().end() > e.span().start())
                .map(t -> e.span().coveredText(t).replaceAll("\\s+", " ").strip())
                .filter(c -> !c.isEmpty());
    }

    /** "[side 0 · DENY]", or "[side 1]" for evidence that is no statement (a date mention). */
    private static String sideAndStance(ReviewSession session, Evidence e) {
        String stance = e.statementId() == null ? ""
                : session.analysis().statement(e.statementId()).map(st -> " \u00B7 " + st.stance().marker()).orElse("");
        return "[side " + e.side() + stance + "]";
    }

    private static void note(StringBuilder md, String note) {
        quoted(md, "Note:", note);
    }

    /** A note typed in the reader and never saved with Enter: the user's words, marked as not saved. */
    private static void draft(StringBuilder md, String draft) {
        quoted(md, "Draft note (typed in the reader, never saved with Enter):", draft);
    }

    private static void quoted(StringBuilder md, String heading, String text) {
        if (text.isBlank()) {
            return;
        }
        md.append('\n').append(heading).append("\n\n");
        for (String line : MarkdownText.lines(text)) {
            md.append("> ").append(line).append('\n');
        }
    }
}
