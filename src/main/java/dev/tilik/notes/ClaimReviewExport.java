package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Article;
import dev.tilik.json.StrictJson;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.Rating;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.text.QuoteMarks;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The reviews as schema.org ClaimReview JSON-LD (what fact-check publishers and Google Fact Check
 * Explorer read): a JSON array with one ClaimReview per rated review, orphans included. The claim
 * reviewed is the finding's first compared statement; the others are cited in the review body.
 * The rating is the one the fact-checker chose; without one, the verdict maps only where it says
 * something of the claim's truth ({@link Rating#fromVerdict}): a weekday finding confirmed →
 * Salah, another confirmed contradiction and needs_sources → Belum terbukti; divergence,
 * not_a_contradiction (false alarm) and unreviewed, and any verdict on a finding that is no contradiction (no comment,
 * corroboration, evolving figure) → not exported. A weekday slip's claim is the outlet's, its author the publisher. The review body has no empty lines: the
 * note, the statements compared with and the verdict, one line each.
 */
public final class ClaimReviewExport {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimReviewExport() {
    }

    /** The rating a review exports with, if any. */
    public static Optional<Rating> rating(Review r) {
        return Rating.exported(r);
    }

    /** The JSON-LD document; {@code reviewer} names the fact-checking organisation; no {@code url}. */
    public static String render(ReviewSession session, String reviewer) {
        return render(session, reviewer, null);
    }

    /**
     * The JSON-LD document; {@code reviewer} names the fact-checking organisation and {@code url} is
     * the address of the page that publishes the fact-check, each ClaimReview's top-level
     * {@code url} (schema.org and Google's ClaimReview guidelines ask for it), or null when not known.
     */
    public static String render(ReviewSession session, String reviewer, String url) {
        ArrayNode all = JSON.arrayNode();
        for (Review r : session.reviews().values()) {
            Optional<Rating> rating = rating(r);
            if (rating.isPresent() && !r.compared().isEmpty()) {
                ObjectNode cr = claimReview(session, r, rating.get(), reviewer);
                if (url != null) {
                    cr.put("url", url);
                }
                all.add(cr);
            }
        }
        try {
            return StrictJson.mapper().writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode claimReview(ReviewSession session, Review r, Rating rating, String reviewer) {
        ComparedStatement claim = r.compared().get(0);
        ObjectNode cr = JSON.objectNode();
        cr.put("@context", "https://schema.org");
        cr.put("@type", "ClaimReview");
        cr.put("identifier", r.findingId());
        cr.put("name", r.type().label() + ": " + r.title());
        cr.put("datePublished", r.updated().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        cr.set("author", organization(reviewer));
        cr.put("claimReviewed", QuoteMarks.paired(claim.text()));
        cr.set("itemReviewed", claim(session.analysis(), claim, session.urlOf(claim).orElse(null),
                r.type() == dev.tilik.model.FindingType.WEEKDAY_DATE));
        cr.set("reviewRating", rating(rating));
        cr.put("reviewBody", body(r));
        return cr;
    }

    /**
     * The claim and who made it: the statement's speaker (with the body spoken for), or the body alone; for a weekday
     * that does not fall on its date ({@code dating}) the outlet that printed it — the date is the copy's, the words
     * around it a speaker's ("…,\u201D Slamet said on Sunday (Dec. 7)"), who is never the author of the slip.
     */
    private static ObjectNode claim(Analysis analysis, ComparedStatement s, String url, boolean dating) {
        ObjectNode claim = JSON.objectNode();
        claim.put("@type", "Claim");
        Optional<Article> printed = article(analysis, s.file());
        if (dating) {
            printed.map(Article::source).ifPresent(outlet -> claim.set("author", organization(outlet)));
        } else if (s.speaker() != null) {
            ObjectNode person = JSON.objectNode().put("@type", "Person").put("name", s.speaker());
            if (s.party() != null) {
                person.set("affiliation", organization(s.party()));
            }
            claim.set("author", person);
        } else if (s.party() != null) {
            claim.set("author", organization(s.party()));
        }
        ObjectNode work = JSON.objectNode().put("@type", "CreativeWork").put("name", s.file());
        if (url != null) {
            work.put("url", url);
        }
        printed.ifPresent(a -> {
            if (a.source() != null) {
                work.set("publisher", organization(a.source()));
            }
            if (a.headline() != null) {
                work.put("headline", a.headline().coveredText(a.text()).strip());
            }
            if (a.published() != null) {
                work.put("datePublished", a.published().toString());
            }
        });
        claim.set("appearance", JSON.arrayNode().add(work));
        return claim;
    }

    private static Optional<Article> article(Analysis analysis, String file) {
        return analysis.article(file).map(a -> a.document().article());
    }

    private static ObjectNode rating(Rating rating) {
        ObjectNode node = JSON.objectNode().put("@type", "Rating").put("alternateName", rating.label());
        rating.value().ifPresent(v -> node.put("ratingValue", v).put("bestRating", 5).put("worstRating", 1));
        return node;
    }

    private static ObjectNode organization(String name) {
        return JSON.objectNode().put("@type", "Organization").put("name", name);
    }

    /**
     * The note (its own line breaks kept, blank lines dropped, the marks of verdicts set aside in a merge of
     * two readers' notes left out: they are the team's bookkeeping, not the published review), the others
     * compared with (each sentence's quotation marks paired, {@code text.QuoteMarks}: a sentence cut from a longer
     * quotation opens a mark it never closes), the verdict: no empty line.
     */
    static String body(Review r) {
        List<String> lines = new java.util.ArrayList<>();
        NoteSync.withoutConflicts(r.note()).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        List<ComparedStatement> others = r.compared().subList(1, r.compared().size());
        if (!others.isEmpty()) {
            lines.add("Compared with:");
            others.stream().map(o -> "- " + (o.speaker() == null ? "" : o.speaker() + ", ") + o.file() + ": "
                    + QuoteMarks.paired(o.text().replaceAll("\\s*\\R\\s*", " ")))
                    .distinct() // two claims of one sentence by one speaker: the sentence is quoted once
                    .forEach(lines::add);
        }
        if (r.verdict() != Verdict.UNREVIEWED) {
            lines.add("Verdict: " + r.verdict().label() + " (" + r.verdict().description() + ").");
        }
        return String.join("\n", lines);
    }
}
