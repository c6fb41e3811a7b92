package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.json.StrictJson;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a review session into note-file content and bytes (UTF-8, indented, ending in a newline). */
public final class NoteFileWriter {

    private NoteFileWriter() {
    }

    /**
     * The note file for {@code session}: every review (orphans included, blank ones left out), and
     * the articles of the current analysis plus those only {@code previous} knew of; fields a later
     * 1.x wrote into {@code previous} are carried over.
     */
    public static NoteFile of(ReviewSession session, NoteFile previous) {
        Analysis analysis = session.analysis();
        Map<String, ArticleEntry> articles = new LinkedHashMap<>();
        for (ArticleStatements a : analysis.articles()) {
            String name = a.fileName();
            articles.put(name, new ArticleEntry(name, a.document().article().sha256()));
        }
        for (ArticleEntry e : previous.articles()) {
            articles.putIfAbsent(e.path(), e);
        }
        Map<String, Map<String, JsonNode>> unknown = new HashMap<>();
        previous.findings().forEach(n -> unknown.put(n.id(), n.extra()));
        List<FindingNote> findings = new ArrayList<>();
        session.reviews().values().stream()
                .filter(r -> !r.isBlank())
                .map(r -> FindingNote.of(r, extraOf(r, unknown)))
                .forEach(findings::add);
        String folder = analysis.folder().isEmpty() ? previous.folder() : analysis.folder();
        return new NoteFile(NoteFile.VERSION, folder, List.copyOf(articles.values()), findings, previous.extra());
    }

    /** Unknown fields saved with this review, also under an id it had before it moved. */
    private static Map<String, JsonNode> extraOf(Review r, Map<String, Map<String, JsonNode>> unknown) {
        Map<String, JsonNode> e = unknown.get(r.findingId());
        for (int i = r.formerIds().size() - 1; e == null && i >= 0; i--) {
            e = unknown.get(r.formerIds().get(i));
        }
        return e;
    }

    public static byte[] bytes(NoteFile file) {
        try {
            String json = StrictJson.mapper().writeValueAsString(file);
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a note file always serialises", e);
        }
    }
}
