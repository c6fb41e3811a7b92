package dev.tilik.ingest;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * Where site boilerplate sits in an article's text, and the outlet its dateline names.
 *
 * @param spans      boilerplate spans, in order, not overlapping
 * @param source     the outlet ("Suara.com"), or null
 * @param sourceSpan where the outlet's name stands, or null
 */
public record Boilerplate(List<CharSpan> spans, String source, CharSpan sourceSpan) {
    public Boilerplate {
        spans = List.copyOf(spans);
        if ((source == null) != (sourceSpan == null)) {
            throw new IllegalArgumentException("source and sourceSpan go together");
        }
    }
}
