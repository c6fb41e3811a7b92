package dev.tilik.rules;

import dev.tilik.model.Severity;
import java.util.List;

/**
 * A paraphrase saying more than the same speaker's own quotation in the same article: it tells as
 * done what the quotation says will be done ("sudah ada 5.000 yang direkrut" over "5.000 akan
 * direkrut"), or of all what the quotation, right after it, says of a part ("seluruh karyawan telah
 * mengisi" over "pada ngisi sebagian").
 *
 * @param id       rule id
 * @param severity severity of such a paraphrase
 * @param done     words telling an act as done ("sudah", "telah", "already", "have been")
 * @param pending  words telling an act as still to come, right before its verb ("akan", "will be")
 * @param whole    words speaking of all of a thing ("seluruh", "semua", "all")
 * @param part     words speaking of a part of it ("sebagian", "some")
 */
public record ParaphraseRule(String id, Severity severity, List<String> done, List<String> pending, List<String> whole,
                             List<String> part) {
    public ParaphraseRule {
        RuleIds.check("id", id);
        if (severity == null) {
            throw new IllegalArgumentException("severity: expected one of " + Severity.ids());
        }
        done = words("done", done);
        pending = words("pending", pending);
        whole = words("whole", whole);
        part = words("part", part);
    }

    private static List<String> words(String field, List<String> words) {
        if (words == null || words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isBlank())) {
            throw new IllegalArgumentException(field + ": expected a non-empty list of words");
        }
        return words.stream().map(w -> w.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
