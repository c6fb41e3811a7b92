package dev.tilik.tui;

import dev.tilik.review.Rating;
import dev.tilik.review.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code docs/keys.md}, generated from the key table (a test fails when the file is stale). */
public final class KeysDoc {
    private KeysDoc() {
    }

    public static String markdown(KeyTable table) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Tilik reader keys\n\n");
        sb.append("Generated from `dev.tilik.tui.KeyTable` by `KeysDoc`; do not edit by hand\n");
        sb.append("(`mvn test -Dtilik.updateDocs=true` rewrites it). The same table drives the key dispatch,\n");
        sb.append("the status-bar hints and the `?` help screen. A disabled key says why in the status bar.\n\n");
        sb.append("Override keys in `$XDG_CONFIG_HOME/tilik/keys.conf` (else `~/.config/tilik/keys.conf`),\n");
        sb.append("one action per line, e.g. `next-finding = n, Down`; `#` starts a comment. A line Tilik cannot read\n");
        sb.append("(an unknown action or key) is ignored, its action keeping its keys, and said: in the status line from\n");
        sb.append("the first frame, with the problems Esc lists, and in the log.\n\n");
        sb.append("Ctrl-C quits from anywhere, saving first. In the note editor it keeps the note typed as a draft\n");
        sb.append("beside the saved note, never in its place, because Enter never confirmed it; a hang-up does the\n");
        sb.append("same. On reopening the status line names the findings with a draft, the panel shows it, and `e`\n");
        sb.append("opens it: Enter takes it as the note, Esc twice drops it and keeps the saved note. Esc asks\n");
        sb.append("before it discards a changed note. The shell (`tilik shell`) names them on its first line, `show N`\n");
        sb.append("and `note N` print the draft, and `note N TEXT` says it replaced it and how to save it instead.\n");
        sb.append("\nReopening a folder goes on where the work stopped: at the first finding still unreviewed (nothing\n");
        sb.append("recorded on it: no verdict, note or rating) after the one you reviewed last. Reviewed 1 to 6 and quit\n");
        sb.append("on 7: it opens on 7. Skipped 3 on the way: it opens on 7 too, and the status line says so,\n");
        sb.append("`resumed at finding 7, after the last you reviewed (p steps back) \u00B7 still unreviewed: 3` (three\n");
        sb.append("numbers at most, then how many more). With nothing unreviewed after it, the first unreviewed from the\n");
        sb.append("top; when every finding is reviewed, the first. `l` lists the findings with their verdicts (\", note\" beside a finding with a note).\n");
        for (String group : table.groups()) {
            sb.append("\n## ").append(group).append("\n\n");
            sb.append("| keys | action | id | where | disabled when |\n|---|---|---|---|---|\n");
            for (Binding b : table.bindings()) {
                if (!b.group().equals(group)) {
                    continue;
                }
                sb.append("| ").append(keys(b)).append(" | ").append(b.description()).append(" | `")
                        .append(b.action().id()).append("` | ").append(modes(b.modes())).append(" | ")
                        .append(b.guard().reason() == null ? "" : b.guard().reason()).append(" |\n");
            }
        }
        sb.append("\n## Verdicts\n\n| digit | verdict | meaning |\n|---|---|---|\n");
        for (Verdict v : Verdict.values()) {
            sb.append("| `").append(v.digit()).append("` | ").append(v.label()).append(" | ")
                    .append(v.description()).append(" |\n");
        }
        sb.append("\n## Claim ratings\n\nChosen with `r`, carried by the ClaimReview export; with none chosen the export"
                + " rates from the verdict where it says something of the claim's truth (a weekday finding confirmed:"
                + " Salah; another confirmed, needs sources: Belum terbukti; divergence, false alarm, and any verdict on a"
                + " no comment, a corroboration or an evolving figure: none)."
                + "\n\n| digit | rating | meaning |\n|---|---|---|\n");
        for (Rating r : Rating.values()) {
            sb.append("| `").append(r.digit()).append("` | ").append(r.label()).append(" | ").append(r.english())
                    .append(" |\n");
        }
        sb.append("| `").append(Rating.NONE_DIGIT).append("` | none | clears the rating |\n");
        return sb.toString();
    }

    private static String keys(Binding b) {
        List<String> out = new ArrayList<>();
        for (Key k : b.keys()) {
            out.add("`" + (k.name().equals("|") ? "\\|" : k.name()) + "`");
        }
        return String.join(", ", out);
    }

    private static String modes(Set<Mode> modes) {
        return Mode.where(modes);
    }
}
