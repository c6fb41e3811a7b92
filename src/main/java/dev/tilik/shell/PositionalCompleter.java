package dev.tilik.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * Completes positional values (a verdict, a rating, an export format) from the picocli model's
 * completion candidates; picocli-shell-jline3 completes command names and options but not these.
 */
final class PositionalCompleter implements Completer {
    private final CommandLine commands;

    PositionalCompleter(CommandLine commands) {
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        if (line.wordIndex() < 1 || words.isEmpty()) {
            return;
        }
        CommandLine sub = commands.getSubcommands().get(words.get(0));
        if (sub == null) {
            return;
        }
        CommandSpec spec = sub.getCommandSpec();
        int position = position(spec, words, line.wordIndex());
        if (position < 0) {
            return;
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().contains(position) && p.completionCandidates() != null) {
                p.completionCandidates().forEach(v -> candidates.add(new Candidate(v)));
            }
        }
    }

    /** Which positional the word at {@code index} is, skipping options and their values; -1 for an option value. */
    private static int position(CommandSpec spec, List<String> words, int index) {
        int position = 0;
        for (int i = 1; i < index; i++) {
            String w = words.get(i);
            if (w.startsWith("-")) {
                OptionSpec o = spec.findOption(w);
                if (o != null && o.arity().max() > 0 && !w.contains("=")) {
                    i++;
                    if (i == index) {
                        return -1;
                    }
                }
            } else {
                position++;
            }
        }
        return position;
    }
}
