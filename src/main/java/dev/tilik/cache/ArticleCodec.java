package dev.tilik.cache;

import static dev.tilik.cache.Wire.optionalSpan;
import static dev.tilik.cache.Wire.span;
import static dev.tilik.cache.Wire.string;

import dev.tilik.ingest.Article;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.DateMention;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.StanceBasis;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * One article's analysis as bytes and back: what the per-article stages produce and the later
 * stages read — the language guess, the sentences, the statements with their spans, figures and
 * dates, and the article's dates. Not the article (read again from its file: the spans point into
 * its text) and not the English tagged tokens (read only while statements are extracted).
 * Decoding checks every span against the article's text, so a damaged entry fails here, never later.
 * A compact hand-written format; any change to it raises {@link #FORMAT}.
 */
final class ArticleCodec {
    /** The payload's format; entries in another format are not read. */
    static final int FORMAT = 2;

    private ArticleCodec() {
    }

    static byte[] encode(ArticleStatements a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 256 * a.statements().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Document doc = a.document();
            string(out, doc.language().language());
            out.writeDouble(doc.language().confidence());
            out.writeDouble(doc.language().margin());
            out.writeInt(doc.sentences().size());
            for (CharSpan s : doc.sentences()) {
                span(out, s);
            }
            out.writeInt(a.statements().size());
            for (Statement s : a.statements()) {
                statement(out, s);
            }
            dates(out, a.dates());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param article the article the entry was made from, as loaded now (same file name and bytes)
     * @throws IOException when the bytes are not a whole, consistent entry for it
     */
    static ArticleStatements decode(byte[] payload, Article article) throws IOException {
        Wire.In w = new Wire.In(ByteBuffer.wrap(payload), article.text().length(), article.fileName());
        Reader in = new Reader(w, article);
        try {
            LanguageGuess language = new LanguageGuess(w.string(), w.in.getDouble(), w.in.getDouble());
            int n = w.count();
            List<CharSpan> sentences = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sentences.add(w.span());
            }
            n = w.count();
            List<Statement> statements = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                statements.add(in.statement());
            }
            List<DateMention> dates = in.dates();
            w.end();
            return new ArticleStatements(new Document(article, language, sentences), statements, dates);
        } catch (RuntimeException e) { // cut short, or a record refusing its fields: a damaged or foreign entry
            throw new IOException("inconsistent entry: " + e, e);
        }
    }

    private static void statement(DataOutputStream out, Statement s) throws IOException {
        string(out, s.id());
        span(out, s.sentence());
        span(out, s.claim());
        string(out, s.speaker());
        optionalSpan(out, s.speakerSpan());
        string(out, s.party());
        string(out, s.cue());
        optionalSpan(out, s.cueSpan());
        out.writeBoolean(s.quote());
        string(out, s.via());
        out.writeByte(s.stance().ordinal());
        string(out, s.topic());
        out.writeInt(s.numbers().size());
        for (NumberMention m : s.numbers()) {
            span(out, m.span());
            string(out, m.text());
            out.writeBoolean(m.value() != null);
            if (m.value() != null) {
                out.writeDouble(m.value());
            }
            out.writeDouble(m.low());
            out.writeDouble(m.high());
            out.writeByte(m.qualifier().ordinal());
            string(out, m.unit());
            string(out, m.counted());
            string(out, m.which());
        }
        dates(out, s.dates());
        out.writeByte(s.basis().ordinal());
    }

    private static void dates(DataOutputStream out, List<DateMention> dates) throws IOException {
        out.writeInt(dates.size());
        for (DateMention d : dates) {
            span(out, d.span());
            string(out, d.text());
            out.writeByte(d.weekday() == null ? -1 : d.weekday().ordinal());
            out.writeByte(d.day());
            out.writeByte(d.month());
            out.writeBoolean(d.year() != null);
            if (d.year() != null) {
                out.writeInt(d.year());
            }
        }
    }

    /** Reads back what the methods above wrote, checking counts, spans and enum values as it goes. */
    private static final class Reader {
        private final Wire.In w;
        private final ByteBuffer in;
        private final Article article;

        Reader(Wire.In w, Article article) {
            this.w = w;
            this.in = w.in;
            this.article = article;
        }

        Statement statement() throws IOException {
            String id = w.string();
            CharSpan sentence = w.span();
            CharSpan claim = w.span();
            String speaker = w.string();
            CharSpan speakerSpan = w.optionalSpan();
            String party = w.string();
            String cue = w.string();
            CharSpan cueSpan = w.optionalSpan();
            boolean quote = w.bool();
            String via = w.string();
            Stance stance = w.of(Stance.values());
            String topic = w.string();
            int n = w.count();
            List<NumberMention> numbers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CharSpan span = w.span();
                String text = w.string();
                Double value = w.bool() ? in.getDouble() : null;
                numbers.add(new NumberMention(span, text, value, in.getDouble(), in.getDouble(),
                        w.of(Qualifier.values()), w.string(), w.string(), w.string()));
            }
            List<DateMention> dates = dates();
            StanceBasis basis = w.of(StanceBasis.values());
            return new Statement(id, article.fileName(), sentence, claim, speaker, speakerSpan, party, cue, cueSpan,
                    quote, via, stance, topic, numbers, dates, basis);
        }

        List<DateMention> dates() throws IOException {
            int n = w.count();
            List<DateMention> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CharSpan span = w.span();
                String text = w.string();
                byte weekday = in.get();
                int day = in.get();
                int month = in.get();
                Integer year = w.bool() ? in.getInt() : null;
                out.add(new DateMention(span, text, weekday < 0 ? null : of(DayOfWeek.values(), weekday), day, month, year));
            }
            return out;
        }

        private static <E> E of(E[] values, int ordinal) throws IOException {
            if (ordinal < 0 || ordinal >= values.length) {
                throw new IOException("bad enum value " + ordinal);
            }
            return values[ordinal];
        }
    }
}
