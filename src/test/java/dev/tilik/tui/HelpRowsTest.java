package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The help screen listed "q, Ctrl-C Quit" then "Ctrl-C Quit" again, "l, Right" twice with two
 * meanings, "Enter" twice and "? Cancel": each action is now one line, and a key two actions share
 * says where each applies.
 */
class HelpRowsTest {
    @Test
    void eachActionIsOneLineAndASharedKeySaysWhere() {
        KeyTable keys = KeyTable.defaults();
        for (String group : keys.groups()) {
            Map<String, List<String>> linesOfKey = new HashMap<>();
            for (HelpContent.Row row : HelpContent.rows(keys, group)) {
                for (String k : row.keys().split(", ")) {
                    linesOfKey.computeIfAbsent(k, x -> new ArrayList<>()).add(row.text());
                }
            }
            linesOfKey.forEach((k, lines) -> {
                if (lines.size() > 1) {
                    assertThat(lines).as(group + ": " + k).allMatch(l -> l.contains(" \u00B7 in: "));
                }
            });
        }
        List<HelpContent.Row> app = HelpContent.rows(keys, "App");
        assertThat(app).filteredOn(r -> r.keys().contains("Ctrl-C")).singleElement()
                .satisfies(r -> {
                    assertThat(r.keys()).isEqualTo("q, Ctrl-C");
                    assertThat(r.text()).contains("q only in: while loading, reader, after a search")
                            .doesNotContain("quit refused"); // said in the refusal's own group (h43ux)
                });
        List<HelpContent.Row> lists = HelpContent.rows(keys, "Lists (findings, articles, statements, filter, help)");
        assertThat(lists).filteredOn(r -> r.keys().contains("?")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("? only in: help screen"));
        assertThat(lists).filteredOn(r -> r.keys().equals("l, Right")).hasSize(2)
                .extracting(HelpContent.Row::text).anyMatch(t -> t.endsWith("in: filter menu"))
                .anyMatch(t -> t.endsWith("in: article chooser"));
    }

    /** At 80 columns the rating menu's row read "1, 2, 3, 4, 5, … Choose": 6 and 0 were cut (hR14). */
    @Test
    void runsOfDigitsAreARangeSoEveryDigitShows() {
        assertThat(HelpContent.rows(KeyTable.defaults(), "Rating menu")).extracting(HelpContent.Row::keys)
                .contains("1-6, 0");
        assertThat(HelpContent.rows(KeyTable.defaults(), "Verdict menu")).extracting(HelpContent.Row::keys)
                .contains("1-5");
        assertThat(HelpContent.keysCell(List.of("1", "2", "x", "4", "5", "6"))).isEqualTo("1, 2, x, 4-6");
    }

    /**
     * The help listed "n  Next finding" under Findings and "n  Next search match" under Search with nothing to
     * tell them apart (a new user, round seventeen): each now says where n does it.
     */
    @Test
    void aKeySharedAcrossGroupsSaysWhereEachApplies() {
        KeyTable keys = KeyTable.defaults();
        List<HelpContent.Row> rows = new ArrayList<>();
        keys.groups().forEach(g -> rows.addAll(HelpContent.rows(keys, g)));
        assertThat(rows).filteredOn(r -> r.keys().equals("n")).extracting(HelpContent.Row::text)
                .anyMatch(t -> t.startsWith("Next finding") && t.endsWith("in: reader"))
                .anyMatch(t -> t.startsWith("Next search match") && t.endsWith("in: after a search"));
    }

    /**
     * The help's {@code N} row read "Previous search match" with nothing to say it works only after a search, where
     * n's row said so and docs/keys.md did too (hR19): an action that works in fewer places than its group says
     * where, in the words keys.md's where column uses ({@link Mode#where}).
     */
    @Test
    void anActionNarrowerThanItsGroupSaysWhereAsKeysMdDoes() {
        KeyTable keys = KeyTable.defaults();
        List<HelpContent.Row> rows = new ArrayList<>();
        keys.groups().forEach(g -> rows.addAll(HelpContent.rows(keys, g)));
        String where = Mode.where(java.util.Set.of(Mode.SEARCH_RESULTS));
        assertThat(rows).filteredOn(r -> r.keys().equals("N")).singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("Previous search match").endsWith(" \u00B7 in: " + where));
        assertThat(KeysDoc.markdown(keys)).contains("| `N` | Previous search match | `prev-match` | " + where + " |");
    }
}
