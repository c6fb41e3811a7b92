package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code tilik notes merge} of a side file holding the very verdict the note file already keeps set aside (a
 * recovery sibling of the reader whose choice an earlier merge set aside) keeps it set aside once: the merge added
 * the same entry a second time, the panel then said "1 set aside before" of a copy, and b took the same verdict
 * back twice.
 */
class MergeSetAsideOnceTest {
    private static final String EARLY = "2026-02-10T09:00:00Z";
    private static final String LATE = "2026-02-10T09:05:00Z";

    private static FindingNote note(Verdict v, String updated, List<SetAside> aside) {
        return new FindingNote("f1", FindingType.DENY_VS_ASSERT, "Harbour fee", List.of(), v, null, "", EARLY, updated,
                List.of(), "", aside, Map.of());
    }

    private static NoteFile file(FindingNote n) {
        return new NoteFile(NoteFile.VERSION, null, List.of(), List.of(n), Map.of());
    }

    @Test
    void aVerdictAlreadySetAsideIsNotSetAsideAgain() {
        SetAside theirs = SetAside.ofVerdict(Verdict.DIVERGENCE, Verdict.CONFIRMED, Instant.parse(EARLY));
        NoteFile into = file(note(Verdict.CONFIRMED, LATE, List.of(theirs)));
        NoteFile side = file(note(Verdict.DIVERGENCE, EARLY, List.of()));
        NoteFile merged = NoteMerge.merge(into, side, new NoteMerge.Names("tilik-notes.json", "tilik-notes.json.recovered"),
                new int[3], new ArrayList<>());
        FindingNote kept = merged.findings().get(0);
        assertThat(kept.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(kept.setAside()).containsExactly(theirs);
    }

    @Test
    void aVerdictNotYetSetAsideIsSetAsideOnce() {
        NoteFile into = file(note(Verdict.CONFIRMED, LATE, List.of()));
        NoteFile side = file(note(Verdict.DIVERGENCE, EARLY, List.of()));
        NoteFile merged = NoteMerge.merge(into, side, new NoteMerge.Names("tilik-notes.json", "side.json"), new int[3],
                new ArrayList<>());
        assertThat(merged.findings().get(0).setAside()).containsExactly(
                SetAside.ofVerdict(Verdict.DIVERGENCE, Verdict.CONFIRMED, Instant.parse(EARLY)));
    }
}
