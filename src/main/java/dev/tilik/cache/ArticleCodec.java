package dev.tilik.cache;

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
    static final int FORMAT = 1;
    private static final int MAX_STRING = 1 << 24;

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
        Reader in = new Reader(ByteBuffer.wrap(payload), article);
        try {
            LanguageGuess language = new LanguageGuess(in.string(), in.in.getDouble(), in.in.getDouble());
            int n = in.count();
            List<CharSpan> sentences = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sentences.add(in.span());
            }
            n = in.count();
            List<Statement> statements = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                statements.add(in.statement());
            }
            List<DateMention> dates = in.dates();
            if (in.in.hasRemaining()) {
                throw new IOException("bytes after the entry");
            }
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

    private static void span(DataOutputStream out, CharSpan s) throws IOException {
        out.writeInt(s.start());
        out.writeInt(s.end());
    }

    private static void optionalSpan(DataOutputStream out, CharSpan s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            span(out, s);
        }
    }

    /** A string as its length and UTF-16 code units (exact for any Java string, lone surrogates too); null as -1. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        out.writeChars(s);
    }

    /** Reads back what the methods above wrote, checking counts, spans and enum values as it goes. */
    private record Reader(ByteBuffer in, Article article) {
        Statement statement() throws IOException {
            String id = string();
            CharSpan sentence = span();
            CharSpan claim = span();
            String speaker = string();
            CharSpan speakerSpan = optionalSpan();
            String party = string();
            String cue = string();
            CharSpan cueSpan = optionalSpan();
            boolean quote = bool();
            String via = string();
            Stance stance = of(Stance.values(), in.get());
            String topic = string();
            int n = count();
            List<NumberMention> numbers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CharSpan span = span();
                String text = string();
                Double value = bool() ? in.getDouble() : null;
                numbers.add(new NumberMention(span, text, value, in.getDouble(), in.getDouble(),
                        of(Qualifier.values(), in.get()), string(), string()));
            }
            List<DateMention> dates = dates();
            StanceBasis basis = of(StanceBasis.values(), in.get());
            return new Statement(id, article.fileName(), sentence, claim, speaker, speakerSpan, party, cue, cueSpan,
                    quote, via, stance, topic, numbers, dates, basis);
        }

        List<DateMention> dates() throws IOException {
            int n = count();
            List<DateMention> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CharSpan span = span();
                String text = string();
                byte weekday = in.get();
                int day = in.get();
                int month = in.get();
                Integer year = bool() ? in.getInt() : null;
                out.add(new DateMention(span, text, weekday < 0 ? null : of(DayOfWeek.values(), weekday), day, month, year));
            }
            return out;
        }

        CharSpan span() throws IOException {
            CharSpan s = new CharSpan(in.getInt(), in.getInt());
            if (s.end() > article.text().length()) {
                throw new IOException("span " + s + " past the end of " + article.fileName());
            }
            return s;
        }

        CharSpan optionalSpan() throws IOException {
            return bool() ? span() : null;
        }

        boolean bool() throws IOException {
            byte b = in.get();
            if (b != 0 && b != 1) {
                throw new IOException("bad flag " + b);
            }
            return b == 1;
        }

        /** A list's length: never more than the bytes left could hold. */
        int count() throws IOException {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        String string() throws IOException {
            int n = in.getInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > MAX_STRING || 2L * n > in.remaining()) {
                throw new IOException("bad string length " + n);
            }
            char[] chars = new char[n];
            in.asCharBuffer().get(chars);
            in.position(in.position() + 2 * n);
            return new String(chars);
        }

        private static <E> E of(E[] values, int ordinal) throws IOException {
            if (ordinal < 0 || ordinal >= values.length) {
                throw new IOException("bad enum value " + ordinal);
            }
            return values[ordinal];
        }
    }
}
