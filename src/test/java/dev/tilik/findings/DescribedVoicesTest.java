package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DescribedVoicesTest {
    private static final ClaimWords WORDS = new ClaimWords(List.of("tidak"), List.of(), List.of(), w -> w.equals("dalam"));

    /** The stance detector reads each speaker phrase's head once, however many clusters the voice meets. */
    @Test
    void aSpeakerPhrasesHeadIsReadOnceForTheClustersSharingTheMap() {
        Map<String, Set<String>> heads = new HashMap<>();
        Set<String> first = new DescribedVoices(WORDS, List.of(), heads).head("tim kurator dalam keterangannya");
        Set<String> again = new DescribedVoices(WORDS, List.of(), heads).head("tim kurator dalam keterangannya");

        assertThat(first).containsExactly("tim", "kurator");
        assertThat(again).isSameAs(first);
        assertThat(heads).containsOnlyKeys("tim kurator dalam keterangannya");
    }

    /** A kept head is read only, as every cluster sharing it expects. */
    @Test
    void aKeptHeadCannotBeChanged() {
        Set<String> head = new DescribedVoices(WORDS, List.of(), new HashMap<>()).head(null);

        assertThat(head).isEmpty();
        assertThatThrownBy(() -> head.add("tim")).isInstanceOf(UnsupportedOperationException.class);
    }
}
