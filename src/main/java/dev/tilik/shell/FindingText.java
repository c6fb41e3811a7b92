package dev.tilik.shell;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.Statement;
import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** How the shell writes findings: one line each in a list, or in full with every statement compared. */
final class FindingText {
    private FindingText() {
    }

    /**
     * {@code > 2. [high] deny vs assert: title (confirmed, rated Salah, note)}; the marker shows the
     * current finding, the rating the one chosen ({@code rate N}), {@code note} that the finding has one
     * ({@code note N} prints it), {@code draft note} that a note typed in the reader and never saved waits there
     * ({@code show N} prints it).
     */
    static String line(ReviewSession session, int index, boolean current) {
        Finding f = session.findings().get(index);
        return (current ? "> " : "  ") + (index + 1) + ". [" + f.severity().id() + "] " + f.type().label() + ": "
                + SafeText.sanitize(f.title()) + " (" + verdictWord(session, f)
                + (session.rating(f.id()) == null ? "" : ", rated " + session.rating(f.id()).label())
                + (session.note(f.id()).isEmpty() ? "" : ", note")
                + (session.draft(f.id()).isEmpty() ? "" : ", draft note") + ")";
    }

    static void list(ReviewSession session, int currentIndex, PrintWriter out) {
        List<Finding> all = session.findings();
        if (all.isEmpty()) {
            out.println("No findings.");
        }
        for (int i = 0; i < all.size(); i++) {
            out.println(line(session, i, i == currentIndex));
        }
        int orphans = session.orphans().size();
        if (orphans > 0) {
            out.println(orphans + (orphans == 1 ? " orphaned note" : " orphaned notes")
                    + " (findings no longer found; kept in the note file)");
        }
    }

    static void show(ReviewSession session, int index, PrintWriter out) {
        Finding f = session.findings().get(index);
        out.println("Finding " + (index + 1) + " of " + session.findings().size() + " · " + f.type().label()
                + " · severity " + f.severity().id() + " · rule " + SafeText.sanitize(f.rule()));
        out.println(SafeText.sanitize(f.title()));
        out.println(SafeText.sanitize(f.explanation()));
        out.println();
        int n = 1;
        for (Evidence e : f.evidence()) {
            out.println("  [" + n++ + "] " + (e.side() == 0 ? "A " : "B ") + SafeText.sanitize(e.fileName())
                    + speaker(session.analysis(), e));
            out.println("      " + SafeText.sanitize(e.text()));
        }
        out.println();
        Optional<Review> r = session.review(f.id());
        out.println("Verdict: " + verdictWord(session, f)
                + r.flatMap(Review::ratingIfAny).map(x -> " · rating: " + x.label()).orElse(""));
        java.util.List<dev.tilik.review.SetAside> aside = session.setAside(f.id());
        for (int i = 0; i < aside.size(); i++) { // the last is the one takeback chooses again
            out.println("Set aside: " + SafeText.sanitize(aside.get(i).describe())
                    + (i == aside.size() - 1 ? " \u00B7 takeback takes it back" : ""));
        }
        String note = session.note(f.id());
        out.println("Note: " + (note.isEmpty() ? "(none)" : SafeText.sanitize(note)));
        draft(session, f, index, out);
    }

    /**
     * The draft kept beside a finding's note, when there is one: a note typed in the reader and never saved
     * with Enter (the reader quit or hung up with its editor open), with the command that saves it. The shell
     * printed "Note: (none)" and nothing of it, and {@code note N TEXT} then dropped it unseen.
     */
    static void draft(ReviewSession session, Finding f, int index, PrintWriter out) {
        String draft = session.draft(f.id());
        if (!draft.isEmpty()) {
            out.println("Draft " + DRAFT + ": " + SafeText.sanitize(draft));
            out.println("To save it as the note: note " + (index + 1) + " " + SafeText.sanitize(NoteCommand.quoted(draft)));
        }
    }

    /** What the shell says of a draft after the word: "Draft from the reader (…): text". */
    static final String DRAFT = "from the reader (typed, never saved with Enter)";

    /**
     * The verdict as the reader names it ("false alarm": the shell takes those words too), or "no verdict yet"
     * on a finding with a note or a rating alone (reviewed, undecided).
     */
    private static String verdictWord(ReviewSession session, Finding f) {
        return session.verdict(f.id()) == dev.tilik.review.Verdict.UNREVIEWED && session.reviewed(f.id())
                ? Review.NO_VERDICT_YET : session.verdict(f.id()).label();
    }

    private static String speaker(Analysis analysis, Evidence e) {
        if (e.statementId() == null) {
            return "";
        }
        Optional<Statement> s = analysis.statement(e.statementId());
        return s.map(st -> " · " + SafeText.sanitize(st.speaker())
                + (st.party() == null ? "" : " (" + SafeText.sanitize(st.party()) + ")")
                + " [" + st.stance().marker() + "]").orElse("");
    }
}
