package dev.tilik.report;

import dev.tilik.analysis.Analysis;
import dev.tilik.text.EnumIds;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The report formats, by the name a user types ({@code --format text|json|md}). */
public enum ReportFormat {
    TEXT(TextReport::write),
    JSON(JsonReport::write),
    MD(MarkdownReport::write);

    private final BiConsumer<Analysis, Writer> writer;

    ReportFormat(BiConsumer<Analysis, Writer> writer) {
        this.writer = writer;
    }

    /** The whole report as one string (for tests and small folders; {@link #write} streams). */
    public String render(Analysis analysis) {
        StringWriter out = new StringWriter();
        write(analysis, out);
        return out.toString();
    }

    /** Writes the report to {@code out} as it goes, never holding it whole; flushes, does not close. */
    public void write(Analysis analysis, Writer out) {
        writer.accept(analysis, out);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportFormat of(String id) {
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(id) || (f == MD && "markdown".equalsIgnoreCase(id))) {
                return f;
            }
        }
        throw new IllegalArgumentException("expected one of " + ids() + ", got \"" + id + "\"");
    }

    public static String ids() {
        return EnumIds.ids(values(), ReportFormat::id);
    }
}
