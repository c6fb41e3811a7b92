package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/tilik} that {@code mvn package} writes beside the jar: it runs Tilik
 * exactly as {@code java -jar target/tilik.jar} does (same output, same exit status), from another
 * folder and through a symbolic link, with its class-data archive, without it, and with an
 * archive that no longer fits the jar, never saying a word about the archive. Copied by hand beside a jar, without
 * the build's {@code run/STAMP} folder, it runs that jar.
 */
class LauncherIT {
    private static final Path JAR = Path.of(System.getProperty("tilik.jar", "target/tilik.jar")).toAbsolutePath();
    private static final Path LAUNCHER = JAR.resolveSibling("tilik");
    private static final Path ARTICLES = Path.of("articles").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    @Test
    void theLauncherRunsWhatTheJarRuns() throws Exception {
        assertThat(LAUNCHER).isExecutable();
        assertThat(Reader.launcherRun().resolve("tilik.jsa")).as("the build made the class-data archive").exists();
        Run jar = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "check", ARTICLES.toString(), "--format", "json"));
        Run launcher = run(List.of(LAUNCHER.toString(), "check", ARTICLES.toString(), "--format", "json"));
        assertThat(jar.status()).isEqualTo(1);
        assertThat(launcher).isEqualTo(jar);
    }

    @Test
    void aLinkedLauncherWithoutOrWithAStaleArchiveRunsSilently() throws Exception {
        Path install = dir.resolve("install");
        Files.createDirectories(install);
        Files.copy(LAUNCHER, install.resolve("tilik"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, install.resolve("tilik.jar"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("tilik"), install.resolve("tilik"));
        Run without = run(List.of(bin.resolve("tilik").toString(), "--version"));
        assertThat(without.status()).isZero();
        assertThat(without.out()).startsWith("tilik ");
        assertThat(without.err()).isEmpty();

        // The archive made for the build's copy of the jar does not fit this copy (another path, another time).
        Files.copy(Reader.launcherRun().resolve("tilik.jsa"), install.resolve("tilik.jsa"));
        Files.setLastModifiedTime(install.resolve("tilik.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run stale = run(List.of(bin.resolve("tilik").toString(), "--version"));
        assertThat(stale).isEqualTo(without);
    }

    /**
     * The archive is static ({@code -Xshare:dump}), so it holds picocli, whose Java 5 class files a
     * dynamic archive leaves out, and it was trained on a reopen and on the reader, not only on a
     * first {@code check}.
     */
    @Test
    void theArchiveHoldsPicocliAndWasTrainedOnTheReopenAndTheReader() throws Exception {
        String classes = versionLog("class+load");
        assertThat(classes).contains("picocli.CommandLine source: shared objects file");

        String trained = Files.readString(JAR.resolveSibling("tilik.classlist"));
        assertThat(trained).as("the reopen and the reader were run when the archive was made")
                .contains("dev/tilik/cache/FolderCodec", "dev/tilik/tui/TuiApp", "dev/tilik/tui/View",
                        "dev/tilik/notes/NoteStore");
        assertThat(trained).as("and what the reader on a real terminal adds")
                .contains("dev/tilik/Main", "dev/tilik/tui/TuiRunner", "dev/tilik/tui/EarlyLoad",
                        "com/googlecode/lanterna/terminal/ansi/UnixTerminal");
    }

    /**
     * Every start runs {@code Main}'s lambdas and starts {@code stty}: the training runs them too, so the
     * archive holds their classes and none is generated at run time.
     */
    @Test
    void mainsLambdasComeFromTheArchive() throws Exception {
        assertThat(versionLog("class+load")).contains("dev.tilik.Main$$Lambda")
                .doesNotContainPattern("Main\\$\\$Lambda\\S* source: dev\\.tilik\\.Main");
        assertThat(Files.readString(JAR.resolveSibling("tilik.classlist"))).contains("@lambda-proxy dev/tilik/Main",
                "@lambda-proxy java/lang/ProcessImpl");
    }

    /**
     * The launcher asks the JVM to map the archive where it was dumped rather than relocate it (the
     * default of later JDK 17 updates: every pointer in it patched on each start); the archive is used.
     */
    @Test
    void theArchiveIsMappedWhereItWasDumped() throws Exception {
        assertThat(versionLog("cds")).contains("Opened archive ", "tilik.jsa").doesNotContain("ArchiveRelocationMode == 1");
    }

    /** What the JVM logs under {@code tags} (at info, to a file) while the launcher runs {@code --version}. */
    private String versionLog(String tags) throws Exception {
        Path log = dir.resolve(tags.replace('+', '-') + ".log");
        ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "--version").redirectErrorStream(true)
                .redirectOutput(dir.resolve("version-" + tags.replace('+', '-') + ".txt").toFile());
        pb.environment().put("JDK_JAVA_OPTIONS", "-Xlog:" + tags + "=info:file=" + log);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(log);
    }

    @Test
    void aMissingJarIsNamed() throws Exception {
        Path install = Files.createDirectories(dir.resolve("lonely"));
        Files.copy(LAUNCHER, install.resolve("tilik"), StandardCopyOption.COPY_ATTRIBUTES);
        Run r = run(List.of(install.resolve("tilik").toString(), "--version"));
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains(install.toRealPath().resolve("tilik.jar") + " is missing");
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
