package dev.tilik.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.json.TerminalSafeEscapes;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The machine-readable report. Its shape is a contract for scripts:
 * {@code {"articles":[{"file","language","source","title","url","date","statements":[{"id","start","end","text","speaker",
 * "party","cue","stance","topic","quote"}]}],"findings":[{"id","type","severity","rule","explanation",
 * "statements":[{"file","statement","text","start","end","side"}]}]}}; a statement's {@code start}/{@code end}/{@code text}
 * are its whole sentence. A finding statement's {@code side} (0 or 1) says which side of the
 * comparison it is on: entries on one side agree, the finding sets the two sides against each other.
 * Fields may be added, never removed.
 */
public final class JsonReport {
    /** Terminal-safe: C1, bidi and DEL in article text come out as {@code \\uXXXX}. */
    private static final ObjectMapper MAPPER = TerminalSafeEscapes.apply(
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build());

    private JsonReport() {
    }

    public static String render(Analysis analysis) {
        StringWriter out = new StringWriter();
        write(analysis, out);
        return out.toString();
    }

    /**
     * Writes the report to {@code out} as it goes: one article, finding or problem at a time, each
     * a small tree written through Jackson's streaming generator, so the whole report is never
     * held in memory. Flushes {@code out}; does not close it.
     */
    public static void write(Analysis analysis, Writer out) {
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(MAPPER.getSerializationConfig().constructDefaultPrettyPrinter());
            gen.writeStartObject();
            gen.writeStringField("folder", analysis.folder());
            gen.writeStringField("rules", analysis.rules());
            gen.writeArrayFieldStart("articles");
            for (ArticleStatements a : analysis.articles()) {
                MAPPER.writeTree(gen, article(a));
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("findings");
            for (Finding f : analysis.findings()) {
                MAPPER.writeTree(gen, finding(f));
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("problems");
            for (Problem p : analysis.problems()) {
                MAPPER.writeTree(gen, MAPPER.createObjectNode()
                        .put("level", p.level().name().toLowerCase(java.util.Locale.ROOT))
                        .put("where", p.where()).put("message", p.message()));
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode article(ArticleStatements a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", a.fileName());
        node.put("language", a.document().language().language());
        node.put("source", a.document().article().source());
        node.put("title", a.document().article().title().orElse(null));
        node.put("url", a.document().article().url().orElse(null));
        node.put("date", a.document().article().published() == null ? null : a.document().article().published().toString());
        ArrayNode statements = node.putArray("statements");
        for (Statement s : a.statements()) {
            statements.add(statement(s, a.document().text()));
        }
        return node;
    }

    private static ObjectNode statement(Statement s, String text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", s.id());
        node.put("start", s.sentence().start());
        node.put("end", s.sentence().end());
        node.put("text", s.sentence().coveredText(text));
        node.put("speaker", s.speaker());
        node.put("party", s.party());
        node.put("cue", s.cue());
        node.put("stance", s.stance().id());
        node.put("topic", s.topic());
        node.put("quote", s.quote());
        node.put("via", s.via());
        node.putObject("claim").put("start", s.claim().start()).put("end", s.claim().end())
                .put("text", s.claim().coveredText(text));
        ArrayNode numbers = node.putArray("numbers");
        s.numbers().forEach(n -> numbers.addObject().put("text", n.text()).put("value", n.value())
                .put("low", n.low()).put("high", Double.isInfinite(n.high()) ? null : n.high())
                .put("qualifier", n.qualifier().name().toLowerCase(java.util.Locale.ROOT)).put("unit", n.unit())
                .put("counted", n.counted()).put("which", n.which()));
        return node;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", f.id());
        node.put("type", f.type().id());
        node.put("severity", f.severity().id());
        node.put("rule", f.rule());
        node.put("explanation", f.explanation());
        node.put("title", f.title());
        node.put("topic", f.topic());
        node.put("contradiction", f.isContradiction());
        ArrayNode statements = node.putArray("statements");
        for (Evidence e : f.evidence()) {
            statements.addObject().put("file", e.fileName()).put("statement", e.statementId()).put("text", e.text())
                    .put("start", e.span().start()).put("end", e.span().end()).put("side", e.side());
        }
        return node;
    }
}
