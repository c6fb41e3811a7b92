package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.json.StrictJson;
import dev.tilik.json.TerminalSafeEscapes;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.SetAside;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
     * The note file for {@code session}: every review (orphans included, blank ones without a draft left out), and
     * the articles of the current analysis plus those only {@code previous} knew of; fields a later
     * 1.x wrote into {@code previous} are carried over. The {@code "folder"} is recorded for
     * {@code noteFile}'s directory ({@link NoteFolder#record}): saved from anywhere, it names the same folder.
     */
    public static NoteFile of(ReviewSession session, NoteFile previous, Path noteFile) {
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
                .filter(Review::isKept)
                .map(r -> FindingNote.of(r, extraOf(r, unknown)))
                .forEach(findings::add);
        String folder = analysis.folder().isEmpty() ? previous.folder()
                : NoteFolder.record(analysis.folder(), previous.folder(), noteFile);
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

    /**
     * The note file's bytes, written token by token through jackson-core's generator with the
     * escapes and indentation the data-binding mapper used ({@link TerminalSafeEscapes#generator}):
     * the same bytes, and no mapper made on a save (its first use, introspecting the records, cost the
     * first save after a reopen, and the hang-up save, a tenth of a second). Keys a later version
     * wrote ({@code extra}) are trees: only they are written by the mapper, which reading them made.
     */
    public static byte[] bytes(NoteFile file) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = TerminalSafeEscapes.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", file.version());
            optional(g, "folder", file.folder());
            g.writeArrayFieldStart("articles");
            for (ArticleEntry a : file.articles()) {
                g.writeStartObject();
                g.writeStringField("path", a.path());
                g.writeStringField("sha256", a.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (FindingNote n : file.findings()) {
                finding(g, n);
            }
            g.writeEndArray();
            extra(g, file.extra());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("a note file always serialises", e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void finding(JsonGenerator g, FindingNote n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("type", n.type().id());
        g.writeStringField("title", n.title());
        g.writeArrayFieldStart("statements");
        for (ComparedStatement c : n.statements()) {
            g.writeStartObject();
            g.writeStringField("file", c.file());
            optional(g, "speaker", c.speaker());
            optional(g, "party", c.party());
            g.writeStringField("text", c.text());
            optional(g, "url", c.url());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("verdict", n.verdict().id());
        optional(g, "rating", n.rating() == null ? null : n.rating().id());
        g.writeStringField("note", n.note());
        if (!n.draft().isEmpty()) {
            g.writeStringField("draft", n.draft());
        }
        g.writeStringField("created", n.created());
        g.writeStringField("updated", n.updated());
        optional(g, "seen", n.seen());
        if (!n.formerIds().isEmpty()) {
            g.writeArrayFieldStart("formerIds");
            for (String id : n.formerIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        if (!n.setAside().isEmpty()) {
            g.writeArrayFieldStart("setAside");
            for (SetAside a : n.setAside()) {
                g.writeStartObject();
                g.writeStringField("field", a.field());
                g.writeStringField("value", a.value());
                g.writeStringField("instead", a.instead());
                g.writeStringField("chosen", a.chosen().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        extra(g, n.extra());
        g.writeEndObject();
    }

    /** A field left out when null, as the records' {@code NON_NULL} inclusion had it. */
    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void extra(JsonGenerator g, Map<String, JsonNode> fields) throws IOException {
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            g.writeFieldName(e.getKey());
            StrictJson.mapper().writeTree(g, e.getValue());
        }
    }
}
