package dev.tilik.review;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.statements.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Findings plus what the fact-checker recorded on them. Immutable: every change returns a new
 * session. Reviews whose finding is no longer in the analysis are kept as orphans, never dropped.
 * Knows nothing of terminals or files.
 */
public record ReviewSession(Analysis analysis, Map<String, Review> reviews) {

    public ReviewSession {
        Objects.requireNonNull(analysis, "analysis");
        reviews = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reviews));
    }

    public static ReviewSession fresh(Analysis analysis) {
        return new ReviewSession(analysis, Map.of());
    }

    /**
     * The same reviews over a new analysis (after re-analysis or a rule edit); a review whose
     * finding id disappeared moves to the finding that clearly took its place ({@link Reattachment}).
     */
    public ReviewSession withAnalysis(Analysis next) {
        return new ReviewSession(next, Reattachment.over(next.findings(), reviews));
    }

    public List<Finding> findings() {
        return analysis.findings();
    }

    /** The review recorded on a finding, if any. */
    public Optional<Review> review(String findingId) {
        return Optional.ofNullable(reviews.get(findingId));
    }

    public Verdict verdict(String findingId) {
        Review r = reviews.get(findingId);
        return r == null ? Verdict.UNREVIEWED : r.verdict();
    }

    public String note(String findingId) {
        Review r = reviews.get(findingId);
        return r == null ? "" : r.note();
    }

    /** The draft kept beside the finding's note (typed, never confirmed with Enter), or "". */
    public String draft(String findingId) {
        Review r = reviews.get(findingId);
        return r == null ? "" : r.draft();
    }

    /**
     * The session with {@code text} kept as the finding's draft beside its saved note (blank drops
     * the draft); the note itself is never changed. A draft equal to the saved note is no draft.
     */
    public ReviewSession withDraft(Finding finding, String text, Instant now) {
        String d = text == null ? "" : text.strip();
        Review r = reviews.get(finding.id());
        if (r == null && d.isEmpty()) {
            return this;
        }
        Review base = r != null ? r : reviewOrNew(finding, now);
        return with(base.withDraft(d.equals(base.note()) ? "" : d));
    }

    /** The findings (of the analysis) with a draft kept beside their note, in the analysis's order. */
    public List<Finding> withDrafts() {
        return analysis.findings().stream().filter(f -> !draft(f.id()).isEmpty()).toList();
    }

    /** The claim rating chosen on a finding, or null when none was. */
    public Rating rating(String findingId) {
        Review r = reviews.get(findingId);
        return r == null ? null : r.rating();
    }

    /** The verdicts and ratings set aside on the finding ({@link Review#setAside}), oldest first. */
    public List<SetAside> setAside(String findingId) {
        Review r = reviews.get(findingId);
        return r == null ? List.of() : r.setAside();
    }

    /** The session with the finding's last set-aside verdict or rating taken back ({@link Review#takingBack}). */
    public ReviewSession takingBack(Finding finding, Instant now) {
        Review r = reviews.get(finding.id());
        return r == null ? this : r.takingBack(now).map(this::with).orElse(this);
    }

    public ReviewSession withVerdict(Finding finding, Verdict verdict, Instant now) {
        Review r = reviewOrNew(finding, now).withVerdict(verdict, now);
        return with(r);
    }

    /**
     * A verdict chosen on top of what the reader saw: {@code seen}, the stamp of the review on screen when the
     * choice began ({@link Review#basis}), older than the session's when another reader's change came in since.
     */
    public ReviewSession withVerdict(Finding finding, Verdict verdict, Instant now, Instant seen) {
        return with(reviewOrNew(finding, now).withVerdict(verdict, now, seen));
    }

    /** A rating chosen on top of what the reader saw, as {@link #withVerdict(Finding, Verdict, Instant, Instant)}. */
    public ReviewSession withRating(Finding finding, Rating rating, Instant now, Instant seen) {
        return with(reviewOrNew(finding, now).withRating(rating, now, seen));
    }

    public ReviewSession withNote(Finding finding, String note, Instant now) {
        Review r = reviewOrNew(finding, now).withNote(note, now);
        return with(r);
    }

    /** Records a claim rating (null clears it) for ClaimReview exports. */
    public ReviewSession withRating(Finding finding, Rating rating, Instant now) {
        Review r = reviewOrNew(finding, now).withRating(rating, now);
        return with(r);
    }

    /** Reviews whose finding no longer appears in the analysis, in recorded order. */
    public List<Review> orphans() {
        List<Review> out = new ArrayList<>();
        for (Review r : reviews.values()) {
            if (analysis.finding(r.findingId()).isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Whether the fact-checker recorded anything on the finding: a verdict, a note or a rating. A
     * note or a rating alone says it was looked at (a note "ask the ministry", a claim rated Salah),
     * so the counter counts it and a reopen goes on past it, as the exports say it was reviewed.
     */
    public boolean reviewed(String findingId) {
        Review r = reviews.get(findingId);
        return r != null && !r.isBlank();
    }

    /** How the finding's verdict reads ({@link Review#verdictLabel}): "unreviewed" only when nothing is recorded. */
    public String verdictLabel(String findingId) {
        Review r = reviews.get(findingId);
        return r == null ? Verdict.UNREVIEWED.label() : r.verdictLabel();
    }

    /** How many findings (of every type) are {@link #reviewed}: one pass over the reviews. */
    public long reviewedCount() {
        return reviews.values().stream()
                .filter(r -> !r.isBlank() && analysis.finding(r.findingId()).isPresent())
                .count();
    }

    /**
     * This session after a save of {@code sent} merged another reader's notes in ({@code merged}: the
     * reviews the note file holds now): every finding whose review is still as it was sent takes the
     * merged one (a review the note file no longer holds goes); one changed since the save was asked
     * keeps its change, which the next save merges in turn.
     */
    public ReviewSession adopting(ReviewSession sent, Map<String, Review> merged) {
        Map<String, Review> next = new LinkedHashMap<>(reviews);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(sent.reviews().keySet());
        ids.addAll(merged.keySet());
        for (String id : ids) {
            if (Objects.equals(reviews.get(id), sent.reviews().get(id))) {
                Review m = merged.get(id);
                if (m == null) {
                    next.remove(id);
                } else {
                    next.put(id, m);
                }
            }
        }
        return new ReviewSession(analysis, next);
    }

    /**
     * This session with each verdict or rating that {@code before} held and this one replaced set aside beside what
     * replaced it ({@link Review#setAside}: shown under the verdict, {@code b} takes it back): what keys typed before
     * the first frame replaced, never shown to the user who typed them. A verdict cleared is set aside too; one this
     * session chose and chose again is not (only {@code before}'s count).
     */
    public ReviewSession settingAsideReplaced(ReviewSession before) {
        ReviewSession out = this;
        for (Review was : before.reviews.values()) {
            Review now = reviews.get(was.findingId());
            if (now == null || now.equals(was)) {
                continue;
            }
            List<SetAside> aside = new ArrayList<>(now.setAside());
            if (was.verdict() != Verdict.UNREVIEWED && now.verdict() != was.verdict()) {
                aside.add(SetAside.ofVerdict(was.verdict(), now.verdict(), was.updated()));
            }
            if (was.rating() != null && now.rating() != was.rating()) {
                aside.add(SetAside.ofRating(was.rating(), now.rating(), was.updated()));
            }
            if (aside.size() > now.setAside().size()) {
                out = out.with(new Review(now.findingId(), now.type(), now.title(), now.snapshot(), now.verdict(),
                        now.note(), now.created(), now.updated(), now.compared(), now.rating(), now.formerIds(),
                        now.draft(), aside, now.seen()));
            }
        }
        return out;
    }

    private ReviewSession with(Review r) {
        Map<String, Review> next = new LinkedHashMap<>(reviews);
        next.put(r.findingId(), r);
        return new ReviewSession(analysis, next);
    }

    private Review reviewOrNew(Finding f, Instant now) {
        Review r = reviews.get(f.id());
        if (r != null) {
            return r;
        }
        return new Review(f.id(), f.type(), f.title(), List.of(), Verdict.UNREVIEWED, "", now, now,
                compared(f), null);
    }

    /** The compared statements with speaker and party, as the note file snapshots them. */
    public List<ComparedStatement> compared(Finding f) {
        List<ComparedStatement> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            Optional<Statement> s = e.statementId() == null ? Optional.empty() : analysis.statement(e.statementId());
            out.add(new ComparedStatement(e.fileName(), s.map(Statement::speaker).orElse(null),
                    s.map(Statement::party).orElse(null), e.text(), urlOf(e.fileName()).orElse(null)));
        }
        return out;
    }

    /** The address of a compared statement's article: its snapshot's, else the article's {@code url:} header now. */
    public Optional<String> urlOf(ComparedStatement s) {
        return s.url() != null ? Optional.of(s.url()) : urlOf(s.file());
    }

    private Optional<String> urlOf(String fileName) {
        return analysis.url(fileName);
    }
}
