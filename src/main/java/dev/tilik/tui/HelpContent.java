package dev.tilik.tui;

import dev.tilik.review.Rating;
import dev.tilik.review.Verdict;
import dev.tilik.text.Columns;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The help screen's lines, generated from the key table (never typed by hand). */
final class HelpContent {
    private HelpContent() {
    }

    private static final int KEYS = 16;

    static List<List<Segment>> lines(KeyTable keys, int width) {
        int text = Math.max(10, width - KEYS - 3);
        List<List<Segment>> out = new ArrayList<>();
        for (String group : keys.groups()) {
            if (!out.isEmpty()) {
                out.add(List.of());
            }
            out.add(Segment.line(group, Style.of(Role.LABEL).strong()));
            for (Row row : rows(keys, group)) {
                wrapped(out, row.keys(), row.text(), text);
            }
        }
        out.add(List.of());
        out.add(Segment.line("Verdicts", Style.of(Role.LABEL).strong()));
        for (Verdict v : Verdict.values()) { // wrapped as the keys are: cut, "divergence" lost "different scope"
            wrapped(out, String.valueOf(v.digit()), v.label() + ": " + v.description(), text);
        }
        out.add(List.of());
        out.add(Segment.line("Claim ratings (r; the ClaimReview export carries them)", Style.of(Role.LABEL).strong()));
        for (Rating r : Rating.values()) {
            wrapped(out, String.valueOf(r.digit()), r.label() + ": " + r.english(), text);
        }
        wrapped(out, String.valueOf(Rating.NONE_DIGIT), "none: the export rates from the verdict", text);
        return out;
    }

    /** One row of the help: {@code keys} in their column, {@code what} wrapped at {@code width}, its later lines dimmed. */
    private static void wrapped(List<List<Segment>> out, String keys, String what, int width) {
        List<String> lines = Wrap.words(what, width);
        for (int i = 0; i < lines.size(); i++) {
            String keyCol = i == 0 ? Columns.pad(keys, KEYS) : " ".repeat(KEYS);
            out.add(List.of(new Segment("  " + keyCol + " ", Style.TEXT.strong()),
                    new Segment(lines.get(i), i == 0 ? Style.TEXT : Style.of(Role.DIM))));
        }
    }

    /** One line of the help: its keys and what they do, where they do it when that is not everywhere the group applies. */
    record Row(String keys, String text) {
    }

    /**
     * The keys of a row, a run of three digits or more as a range: "1-6, 0" for the rating menu's seven
     * digits, which at 80 columns read "1, 2, 3, 4, 5, …" and hid 6 and 0.
     */
    static String keysCell(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int j = i;
            while (j + 1 < names.size() && digit(names.get(j)) >= 0 && digit(names.get(j + 1)) == digit(names.get(j)) + 1) {
                j++;
            }
            out.add(j - i >= 2 ? names.get(i) + "-" + names.get(j) : names.get(i));
            if (j - i < 2) {
                continue;
            }
            i = j;
        }
        return String.join(", ", out);
    }

    private static int digit(String name) {
        return name.length() == 1 && Character.isDigit(name.charAt(0)) ? name.charAt(0) - '0' : -1;
    }

    /**
     * The group's rows, each action once: rows of one action are one line (a key that works in
     * fewer places than the others says where, "q only in: reader, …"), and an action whose keys
     * another action of the group also takes says where it applies ("in: filter menu"), so no key is
     * listed twice without its context.
     */
    static List<Row> rows(KeyTable keys, String group) {
        Map<Action, List<Binding>> byAction = new LinkedHashMap<>();
        for (Binding b : keys.bindings()) {
            if (b.group().equals(group)) {
                byAction.computeIfAbsent(b.action(), a -> new ArrayList<>()).add(b);
            }
        }
        Map<Key, Set<Action>> actionsOfKey = new LinkedHashMap<>();
        byAction.forEach((a, bs) -> bs.forEach(b -> b.keys().forEach(k ->
                actionsOfKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(a))));
        Set<Mode> groupModes = EnumSet.noneOf(Mode.class);
        byAction.values().forEach(bs -> bs.forEach(b -> groupModes.addAll(b.modes())));
        List<Row> out = new ArrayList<>();
        for (List<Binding> bs : byAction.values()) {
            Map<Key, Set<Mode>> where = new LinkedHashMap<>();
            Set<Mode> all = EnumSet.noneOf(Mode.class);
            for (Binding b : bs) {
                all.addAll(b.modes());
                b.keys().forEach(k -> where.computeIfAbsent(k, x -> EnumSet.noneOf(Mode.class)).addAll(b.modes()));
            }
            Binding first = bs.get(0);
            StringBuilder line = new StringBuilder(first.description());
            if (first.guard().reason() != null) {
                line.append(" \u00B7 off when ").append(first.guard().reason());
            }
            where.forEach((k, modes) -> {
                if (!modes.equals(all)) {
                    line.append(" \u00B7 ").append(k.name()).append(" only in: ").append(labels(modes));
                }
            });
            Optional<Key> shared = where.keySet().stream().filter(k -> actionsOfKey.get(k).size() > 1
                    || otherActionIn(keys, k, first.action(), all)).findFirst();
            if (shared.isPresent()) { // where the key does this action: not where a binding of that mode alone takes it
                Set<Mode> said = where.get(shared.get()); // "q only in: …" already says where q does it
                // only where this group's rows give it the key: q quits in the refusal window too, said in its own group
                Set<Mode> here = EnumSet.noneOf(Mode.class);
                all.stream().filter(m -> said.contains(m)
                        && keys.find(m, shared.get()).map(Binding::action).orElse(null) == first.action())
                        .forEach(here::add);
                if (said.equals(all) || !said.equals(here)) {
                    line.append(" \u00B7 in: ").append(labels(here.isEmpty() ? all : here));
                }
            } else if (!all.equals(groupModes) && where.values().stream().allMatch(all::equals)) {
                line.append(" \u00B7 in: ").append(labels(all)); // N: only after a search, as n's row says
            }
            out.add(new Row(keysCell(where.keySet().stream().map(Key::name).toList()), line.toString()));
        }
        return out;
    }

    /**
     * Whether {@code key} does another action in one of {@code modes}, in any group: n is the next finding in the
     * reader and the next match after a search, two groups apart, and the help listed both without saying where.
     */
    private static boolean otherActionIn(KeyTable keys, Key key, Action action, Set<Mode> modes) {
        return keys.bindings().stream().anyMatch(b -> b.action() != action && b.keys().contains(key)
                && b.modes().stream().anyMatch(modes::contains));
    }

    private static String labels(Set<Mode> modes) {
        return Mode.where(modes);
    }
}
