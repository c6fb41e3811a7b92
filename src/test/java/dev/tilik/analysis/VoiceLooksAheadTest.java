package dev.tilik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A denial whose speaker, in the same article, also says what has not happened yet ("belum dibuka") looks ahead like
 * the "not yet" beside it: an account dated weeks later that it has happened tells what became of it. Another
 * speaker's "not yet" in the article makes no one else's denial look ahead. End to end on a folder the test writes;
 * invented story: a bridge closed for repairs.
 */
class VoiceLooksAheadTest {
    @TempDir
    Path dir;

    private void article(String file, String date, String body) throws Exception {
        Files.writeString(dir.resolve(file), "source: " + file + "\ndate: " + date + "\nlang: id\n\n" + body + "\n");
    }

    private List<Finding> denials() throws Exception {
        Analysis a = new Analyzer().analyze(dir, RulesLoader.load(Path.of("rules")), Progress.NONE);
        return a.findings().stream().filter(f -> f.type() == FindingType.DENY_VS_ASSERT).toList();
    }

    /** The head of the roads office denies the bridge is open; {@code notYetBy} says, in the same article, it is not yet. */
    private void closed(String notYetBy) throws Exception {
        article("a1.txt", "2025-01-10", notYetBy + " mengatakan jembatan Kali Batu belum dibuka untuk kendaraan.\n\n"
                + "Kepala Balai Jalan Rudi Hartono menegaskan jembatan Kali Batu tidak dibuka untuk umum.");
    }

    private void opened(String date) throws Exception {
        article("b1.txt", date, "Camat Yusuf Maulana mengatakan jembatan Kali Batu sudah dibuka untuk umum.");
    }

    @Test
    void aDenialBesideItsOwnSpeakersNotYetIsOvertakenWeeksLater() throws Exception {
        closed("Rudi");
        opened("2025-03-01");
        assertThat(denials()).as("the bridge open seven weeks on tells what became of 'not yet'").isEmpty();
    }

    @Test
    void theNextDayTheyStillDisagree() throws Exception {
        closed("Rudi");
        opened("2025-01-11");
        assertThat(denials()).hasSize(1);
    }

    @Test
    void anotherSpeakersNotYetLeavesTheDenialAsItIs() throws Exception {
        closed("Warga Budi Santoso");
        opened("2025-03-01");
        assertThat(denials()).as("Budi's 'belum' says nothing of Rudi's denial").hasSize(1);
    }
}
