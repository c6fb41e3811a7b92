package dev.tilik.tui;

import dev.tilik.ingest.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an article comes from, in one short line for titles: outlet, publication date and
 * address ({@code Suara.com · 2024-10-22 · suara.com/news/2024/10/22/…}), whichever the article
 * states; the address without its scheme and {@code www.}, since the title cuts what does not fit.
 */
final class Provenance {
    private Provenance() {
    }

    static String of(Article a) {
        List<String> parts = new ArrayList<>();
        if (a.source() != null && !a.source().isBlank()) {
            parts.add(a.source().strip());
        }
        if (a.published() != null) {
            parts.add(a.published().toString());
        }
        a.url().map(Provenance::shortUrl).ifPresent(parts::add);
        return String.join(" \u00B7 ", parts);
    }

    /** {@code https://www.x.com/a} → {@code x.com/a}. */
    static String shortUrl(String url) {
        return url.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    }
}
