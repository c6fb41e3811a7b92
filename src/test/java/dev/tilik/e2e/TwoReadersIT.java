package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two readers of one folder and one note file, each in its own terminal (tmux, a socket of its own): reader A
 * records a verdict; reader B, whose verdict menu was already open on the screen as it stood before A's verdict,
 * records another on the same finding. Both save; the note file keeps B's verdict and A's set aside beside it,
 * and a reader opened afterwards shows both. Every step waits on what the screen or the file shows, with a deadline.
 */
class TwoReadersIT {
    private static final Duration START = Duration.ofSeconds(60);
    private static final String FIRST_FINDING = "deny vs conditional";

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        Reader.jar();
        Reader.articles();
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    private Tmux open(int width, int height, Path notes) {
        Tmux t = Tmux.start(width, height, Reader.command(tmp, notes, ""));
        t.waitFor("the first finding", s -> s.contains(FIRST_FINDING), START);
        return t;
    }

    @Test
    void aVerdictChosenOnAScreenThatNeverShowedTheOthersKeepsTheOtherSetAside() throws Exception {
        Path notes = tmp.resolve("notes.json");
        try (Tmux a = open(200, 60, notes); Tmux b = open(80, 24, notes)) {
            b.press("v");
            b.waitForText("needs sources"); // B's menu: what B chooses against is the finding as it stands now

            a.press("v");
            a.waitForText("needs sources");
            a.press("2");
            a.waitFor("A's verdict on its screen", s -> s.contains("HIGH \u00B7 confirmed"), Tmux.DEFAULT_WAIT);
            org.awaitility.Awaitility.await("A's verdict in the note file").atMost(Tmux.DEFAULT_WAIT)
                    .until(() -> Reader.verdicts(notes).contains("confirmed"));
            // B's watch takes A's verdict in while B's menu is still open.
            b.waitFor("B's reader to take A's verdict in", s -> s.contains("Verdict confirmed"), Tmux.DEFAULT_WAIT);

            b.press("3");
            b.waitFor("B's verdict, A's set aside under it", s -> s.contains("divergence")
                    && s.contains("Set aside: verdict \u201Cconfirmed\u201D"), Tmux.DEFAULT_WAIT);
            b.press("q");
            assertThat(b.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
            a.press("q");
            assertThat(a.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
        }

        JsonNode finding = null;
        for (JsonNode f : new ObjectMapper().readTree(Files.readString(notes)).path("findings")) {
            if (f.path("type").asText().equals("deny_vs_conditional")) {
                finding = f;
            }
        }
        assertThat(finding).as("the first finding's review in %s", notes).isNotNull();
        assertThat(finding.get("verdict").asText()).isEqualTo("divergence");
        assertThat(finding.path("setAside")).hasSize(1);
        JsonNode aside = finding.path("setAside").get(0);
        assertThat(aside.get("field").asText()).isEqualTo("verdict");
        assertThat(aside.get("value").asText()).isEqualTo("confirmed");
        assertThat(aside.get("instead").asText()).isEqualTo("divergence");

        try (Tmux again = Tmux.start(100, 30, Reader.command(tmp, notes, ""))) {
            again.waitFor("the reopened reader", s -> s.contains("reviewed 1/"), START);
            String screen = again.screen();
            if (!screen.contains(FIRST_FINDING)) {
                again.press("p"); // a reopen goes on past the finding reviewed; p steps back to it
            }
            again.waitFor("both verdicts on the reopened finding", s -> s.contains("HIGH \u00B7 divergence")
                    && s.contains("Set aside: verdict \u201Cconfirmed\u201D"), Tmux.DEFAULT_WAIT);
            again.press("q");
            assertThat(again.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
        }
    }
}
