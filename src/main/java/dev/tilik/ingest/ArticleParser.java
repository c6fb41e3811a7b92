package dev.tilik.ingest;

import dev.tilik.rules.BoilerplateRules;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.Rules;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds an {@link Article} from decoded text: header block (and its labels repeated in the body,
 * {@link RepeatedLabels}), boilerplate (rules of every language), dateline source, headline. The text itself is never changed.
 */
public final class ArticleParser {
    private final BoilerplateStripper stripper;

    public ArticleParser(Rules rules) {
        List<BoilerplateRules> all = new ArrayList<>();
        new TreeMap<>(rules.languages()).values().stream().map(LanguageRules::boilerplate).forEach(all::add);
        this.stripper = new BoilerplateStripper(all);
    }

    public Article parse(String fileName, Decoded decoded, String sha256) {
        String text = decoded.text();
        HeaderBlock header = HeaderBlock.parse(text);
        CharSpan body = new CharSpan(header.region().end(), text.length());
        Boilerplate found = stripper.strip(text, body, OutletNames.of(header.source(), header.url()));
        List<CharSpan> spans = new ArrayList<>(header.labels());
        List<CharSpan> repeated = RepeatedLabels.find(text, header, body);
        spans.addAll(repeated);
        spans.addAll(found.spans());
        CharSpan headline = header.headline();
        if (headline == null) {
            headline = HeadlineFinder.fromAddress(text, body, spans, repeated, header.url());
        }
        if (headline == null) {
            headline = HeadlineFinder.find(text, body, spans, repeated);
        }
        boolean fromHeader = header.source() != null;
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(header.warnings());
        return new Article(fileName, text, sha256, decoded.encoding(), spans, headline,
                fromHeader ? header.source() : found.source(),
                fromHeader ? header.sourceSpan() : found.sourceSpan(),
                header.published(), warnings);
    }
}
