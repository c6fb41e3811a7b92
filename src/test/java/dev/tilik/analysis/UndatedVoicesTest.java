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
 * A voice of an article whose header gives no date speaks, for the stance findings' time rules, for the latest day
 * its text writes with a day and a month: an outlet writes on or after every day it names — never a day it looks
 * ahead to or names as a limit ({@code dates.ahead}: "akan digelar pada …", "berlaku hingga …"), which it writes
 * before the day comes. End to end on a folder the test writes; invented story: a sugar mill's layoffs.
 */
class UndatedVoicesTest {
    @TempDir
    Path dir;

    private void article(String file, String date, String body) throws Exception {
        Files.writeString(dir.resolve(file), "source: " + file + "\n" + (date == null ? "" : "date: " + date + "\n")
                + "lang: id\n\n" + body + "\n");
    }

    private List<Finding> denials() throws Exception {
        Analysis a = new Analyzer().analyze(dir, RulesLoader.load(Path.of("rules")), Progress.NONE);
        return a.findings().stream().filter(f -> f.type() == FindingType.DENY_VS_ASSERT).toList();
    }

    private void promise() throws Exception {
        article("a1.txt", "2025-01-10", "Direktur PT Gula Manis Hendra Gunawan memastikan tidak akan ada PHK di "
                + "pabrik gula Sukamaju.");
    }

    /** An article with no header date; its first paragraph writes {@code day}, or no date when null. */
    private void laidOff(String day) throws Exception {
        article("b1.txt", null, (day == null ? "Ratusan buruh berunjuk rasa di depan pabrik gula Sukamaju."
                : "Pada " + day + ", ratusan buruh berunjuk rasa di depan pabrik gula Sukamaju.")
                + "\n\nKetua Serikat Pekerja Budi Santoso mengatakan PHK di pabrik gula Sukamaju sudah terjadi.");
    }

    @Test
    void anUndatedArticlesVoiceSpeaksForTheLatestDayItWrites() throws Exception {
        promise();
        laidOff("Senin (3/3/2025)");
        assertThat(denials()).as("the layoffs told seven weeks after the promise tell what became of it").isEmpty();
    }

    @Test
    void aDayTheArticleWritesNearThePromiseStillDisagrees() throws Exception {
        promise();
        laidOff("Minggu (12/1/2025)");
        assertThat(denials()).as("two days on, the two disagree about one moment").hasSize(1);
    }

    @Test
    void anArticleWritingNoDateStaysUndated() throws Exception {
        promise();
        laidOff(null);
        assertThat(denials()).as("a voice of no known day is kept, as before").hasSize(1);
    }

    /** The undated article reporting from 12 January, writing also {@code later}. */
    private void laidOffWriting(String later) throws Exception {
        laidOff("Minggu (12/1/2025)");
        Path b1 = dir.resolve("b1.txt");
        Files.writeString(b1, Files.readString(b1).replace("Sukamaju.\n\n", "Sukamaju. " + later + "\n\n"));
    }

    @Test
    void aDayTheArticleLooksAheadToDoesNotDateIt() throws Exception {
        promise();
        laidOffWriting("Aksi lanjutan akan digelar di depan kantor bupati pada Senin (3/3/2025).");
        assertThat(denials()).as("written on 12 January: two days after the promise, the two disagree").hasSize(1);
    }

    @Test
    void aLimitTheArticleNamesDoesNotDateIt() throws Exception {
        promise();
        laidOffWriting("Izin usaha pabrik itu berlaku hingga 30 November 2047.");
        assertThat(denials()).as("a permit's term is no day the article reports from").hasSize(1);
    }

    @Test
    void aDayReportedFromStillDatesIt() throws Exception {
        promise();
        laidOffWriting("Hingga Senin (3/3/2025), aksi lanjutan telah digelar tiga kali di depan kantor bupati.");
        assertThat(denials()).as("'hingga' alone is a past moment: seven weeks on, the layoffs tell what became of "
                + "the promise").isEmpty();
    }
}
