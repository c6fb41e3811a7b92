package dev.tilik.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.notes.NoteStore;
import dev.tilik.review.ReviewFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tab completion comes from the same picocli tree the commands run on. */
class CompletionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ver              | verdict",
            "verdict c        | confirmed",
            "verdict n        | needs_sources",
            "rate seb         | sebagian_benar",
            "rate n           | none",
            "export c         | claimreview",
            "he               | help",
    })
    void completes(String typed, String expected) throws IOException {
        NoteStore store = NoteStore.open(dir.resolve("n.json"));
        ShellState state = new ShellState(store.restore(ReviewFixtures.analysis()), store, Clock.systemUTC());
        ShellContext ctx = new ShellContext(state, new PrintWriter(new ByteArrayOutputStream()), new AtomicBoolean());
        Completer completer = Shell.completer(ShellCommands.build(ctx));
        try (Terminal t = new DumbTerminal("t", "dumb", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).build();
            List<Candidate> candidates = new ArrayList<>();
            completer.complete(reader, new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE),
                    candidates);
            String word = typed.substring(typed.lastIndexOf(' ') + 1);
            assertThat(candidates).extracting(Candidate::value)
                    .filteredOn(v -> v.startsWith(word))
                    .contains(expected);
        }
    }
}
