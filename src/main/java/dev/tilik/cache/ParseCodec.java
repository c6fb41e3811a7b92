package dev.tilik.cache;

import static dev.tilik.cache.Wire.optionalSpan;
import static dev.tilik.cache.Wire.span;
import static dev.tilik.cache.Wire.string;
import static dev.tilik.cache.Wire.strings;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.Problem;
import dev.tilik.text.CharSpan;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One file's parse ({@link LoadedFolder}: its articles as loaded and its problems) as bytes and
 * back; each article is its text and what parsing found in it (boilerplate, headline, source, date,
 * warnings). The folder entry ({@link FolderCodec}) writes its articles and problems the same way.
 * Decoding checks every span against its article's text, so a damaged entry fails here, never
 * later. Any change raises {@link #FORMAT} (and the folder entry's format with it).
 */
final class ParseCodec {
    /** The payload's format; entries in another format are not read. */
    static final int FORMAT = 201;

    private ParseCodec() {
    }

    static byte[] encode(LoadedFolder parsed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(parsed.articles().size());
            for (Article a : parsed.articles()) {
                article(out, a);
            }
            problems(out, parsed.problems());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not a whole, consistent parse */
    static LoadedFolder decode(byte[] payload) throws IOException {
        Wire.In w = new Wire.In(ByteBuffer.wrap(payload), 0, "the entry");
        try {
            int n = w.count();
            List<Article> articles = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                articles.add(article(w));
            }
            List<Problem> problems = problems(w);
            w.end();
            return new LoadedFolder(articles, problems);
        } catch (RuntimeException e) { // cut short, or a record refusing its fields: a damaged or foreign entry
            throw new IOException("inconsistent entry: " + e, e);
        }
    }

    static void article(DataOutputStream out, Article a) throws IOException {
        string(out, a.fileName());
        string(out, a.text());
        string(out, a.sha256());
        string(out, a.encoding());
        out.writeInt(a.boilerplate().size());
        for (CharSpan s : a.boilerplate()) {
            span(out, s);
        }
        optionalSpan(out, a.headline());
        string(out, a.source());
        optionalSpan(out, a.sourceSpan());
        out.writeBoolean(a.published() != null);
        if (a.published() != null) {
            out.writeLong(a.published().toEpochDay());
        }
        strings(out, a.warnings());
    }

    /** An article as {@link #article(DataOutputStream, Article)} wrote it; {@code w}'s spans are checked against its text from here on. */
    static Article article(Wire.In w) throws IOException {
        String fileName = w.required();
        String text = w.required();
        w.within(text.length(), fileName);
        String sha256 = w.required();
        String encoding = w.required();
        int n = w.count();
        List<CharSpan> boilerplate = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boilerplate.add(w.span());
        }
        CharSpan headline = w.optionalSpan();
        String source = w.string();
        CharSpan sourceSpan = w.optionalSpan();
        LocalDate published = w.bool() ? LocalDate.ofEpochDay(w.in.getLong()) : null;
        return new Article(fileName, text, sha256, encoding, boilerplate, headline, source, sourceSpan, published,
                w.strings());
    }

    static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            out.writeByte(p.level().ordinal());
            string(out, p.where());
            string(out, p.message());
        }
    }

    static List<Problem> problems(Wire.In w) throws IOException {
        int n = w.count();
        List<Problem> problems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            problems.add(new Problem(w.of(Problem.Level.values()), w.required(), w.required()));
        }
        return problems;
    }
}
