package dev.tilik.cache;

import static dev.tilik.cache.Wire.span;
import static dev.tilik.cache.Wire.string;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.Problem;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.statements.ArticleStatements;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole folder's analysis ({@link FolderResult}) as bytes and back: each article as loaded (as
 * {@link ParseCodec} writes it: its text and what parsing found) followed by its
 * per-article payload in {@link ArticleCodec}'s format, then the findings with their evidence, then
 * the problems. Decoding checks every span against the text it points into (evidence against its
 * article's), so a damaged entry fails here, never later. Any change raises {@link #FORMAT}.
 */
final class FolderCodec {
    /** The payload's format; entries in another format are not read. Covers {@link ArticleCodec#FORMAT} too. */
    static final int FORMAT = 100 + ArticleCodec.FORMAT;

    private FolderCodec() {
    }

    static byte[] encode(FolderResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(r.articles().size());
            for (ArticleStatements a : r.articles()) {
                ParseCodec.article(out, a.document().article());
                byte[] payload = ArticleCodec.encode(a);
                out.writeInt(payload.length);
                out.write(payload);
            }
            out.writeInt(r.findings().size());
            for (Finding f : r.findings()) {
                finding(out, f);
            }
            ParseCodec.problems(out, r.problems());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not a whole, consistent folder analysis */
    static FolderResult decode(byte[] payload) throws IOException {
        Wire.In w = new Wire.In(ByteBuffer.wrap(payload), 0, "the entry");
        try {
            int n = w.count();
            List<ArticleStatements> articles = new ArrayList<>(n);
            Map<String, Article> byName = new HashMap<>(2 * n);
            for (int i = 0; i < n; i++) {
                Article a = ParseCodec.article(w);
                int length = w.count();
                byte[] one = new byte[length];
                w.in.get(one);
                articles.add(ArticleCodec.decode(one, a));
                byName.putIfAbsent(a.fileName(), a);
            }
            n = w.count();
            List<Finding> findings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                findings.add(finding(w, byName));
            }
            List<Problem> problems = ParseCodec.problems(w);
            w.end();
            return new FolderResult(articles, findings, problems);
        } catch (RuntimeException e) { // cut short, or a record refusing its fields: a damaged or foreign entry
            throw new IOException("inconsistent entry: " + e, e);
        }
    }

    private static void finding(DataOutputStream out, Finding f) throws IOException {
        string(out, f.id());
        out.writeByte(f.type().ordinal());
        out.writeByte(f.severity().ordinal());
        string(out, f.rule());
        string(out, f.topic());
        string(out, f.title());
        string(out, f.explanation());
        out.writeInt(f.evidence().size());
        for (Evidence e : f.evidence()) {
            string(out, e.fileName());
            string(out, e.statementId());
            span(out, e.span());
            span(out, e.sentence());
            string(out, e.text());
            out.writeByte(e.side());
        }
    }

    private static Finding finding(Wire.In w, Map<String, Article> byName) throws IOException {
        String id = w.required();
        FindingType type = w.of(FindingType.values());
        Severity severity = w.of(Severity.values());
        String rule = w.required();
        String topic = w.string();
        String title = w.required();
        String explanation = w.required();
        int n = w.count();
        List<Evidence> evidence = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String fileName = w.required();
            Article a = byName.get(fileName);
            if (a == null) {
                throw new IOException("evidence from " + fileName + ", which is not in the folder");
            }
            w.within(a.text().length(), fileName);
            evidence.add(new Evidence(fileName, w.string(), w.span(), w.span(), w.required(), w.in.get()));
        }
        return new Finding(id, type, severity, rule, topic, title, explanation, evidence);
    }
}
