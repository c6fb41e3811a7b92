package dev.tilik.report;

import dev.tilik.analysis.Analysis;
import dev.tilik.text.EnumIds;
import java.util.Locale;
import java.util.function.Function;

/** The report formats, by the name a user types ({@code --format text|json|md}). */
public enum ReportFormat {
    TEXT(TextReport::render),
    JSON(JsonReport::render),
    MD(MarkdownReport::render);

    private final Function<Analysis, String> renderer;

    ReportFormat(Function<Analysis, String> renderer) {
        this.renderer = renderer;
    }

    public String render(Analysis analysis) {
        return renderer.apply(analysis);
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
