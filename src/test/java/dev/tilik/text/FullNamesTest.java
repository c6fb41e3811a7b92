package dev.tilik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FullNamesTest {
    private static final Set<String> FADJAR = Set.of("Fadjar");
    private static final Set<String> FADJAR_FULL = Set.of("Fadjar", "Djoko", "Santoso");

    @Test
    void aShortNameIsTheOneFullerNameHoldingIt() {
        FullNames names = new FullNames(List.of(FADJAR, Set.of("Fadjar", "Santoso"), FADJAR_FULL, Set.of("Harli")));
        assertThat(names.fullest(FADJAR)).isEqualTo(FADJAR_FULL);
        assertThat(names.fullest(Set.of("Fadjar", "Santoso"))).isEqualTo(FADJAR_FULL);
        assertThat(names.fullest(FADJAR_FULL)).isSameAs(FADJAR_FULL);
        assertThat(names.fullest(Set.of("Harli"))).isEqualTo(Set.of("Harli"));
    }

    @Test
    void twoFullerNamesLeaveTheShortOneAsItIs() {
        Set<String> sri = Set.of("Sri");
        FullNames names = new FullNames(List.of(sri, Set.of("Sri", "Wahyuni"), Set.of("Sri", "Mulyani")));
        assertThat(names.fullest(sri)).isSameAs(sri);
        assertThat(names.fullest(Set.of())).isEmpty();
    }

    /** Two titles of one person: what both fuller names share is the person; two persons share only the short name. */
    @Test
    void twoFullerNamesSharingMoreThanTheShortOneGiveWhatTheyShare() {
        Set<String> deputy = new java.util.LinkedHashSet<>(List.of("Wakil", "Menteri", "Rudi", "Hartono", "Saputra"));
        Set<String> english = new java.util.LinkedHashSet<>(List.of("Deputy", "Minister", "Rudi", "Hartono", "Saputra"));
        Set<String> rudi = Set.of("Rudi");
        Set<String> hartono = Set.of("Hartono");
        FullNames names = new FullNames(List.of(rudi, hartono, deputy, english));
        assertThat(names.fullest(rudi)).isSameAs(rudi);
        assertThat(String.join(" ", names.shared(rudi))).isEqualTo("Rudi Hartono Saputra");
        assertThat(String.join(" ", names.shared(hartono))).isEqualTo("Rudi Hartono Saputra");
        assertThat(names.shared(deputy)).isSameAs(deputy);

        Set<String> sri = Set.of("Sri");
        FullNames two = new FullNames(List.of(sri, Set.of("Sri", "Wahyuni"), Set.of("Sri", "Mulyani")));
        assertThat(two.shared(sri)).isSameAs(sri);
    }
}
