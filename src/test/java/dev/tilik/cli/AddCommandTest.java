package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tilik add}: URLs from arguments, a file and standard input; one line per URL; the exit status. */
class AddCommandTest {
    @TempDir
    Path tmp;
    MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getTarget();
                if (path.startsWith("/story/")) {
                    String name = path.substring("/story/".length());
                    return new MockResponse.Builder().addHeader("Content-Type", "text/html")
                            .body("<html lang=id><head><meta property=og:site_name content='Warta " + name + "'></head><body><article>"
                                    + "<h1>Berita " + name + "</h1><p>Isi berita " + name + " yang cukup panjang.</p>"
                                    + "</article></body></html>").build();
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun add(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(CheckCommandTest.returning(), Map.of(), () -> false, (b, o) -> 0);
        CommandLine cl = Cli.commandLine(ctx, new PrintWriter(out), new PrintWriter(err));
        ((AddCommand) cl.getSubcommands().get("add").getCommand()).stdin =
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void urlsFromArgumentsAFileAndStandardInputLandOnceEachAndAFailureSaysWhyWithExitTwo() throws Exception {
        Path list = tmp.resolve("urls.txt");
        Files.writeString(list, "# from the chat\n" + server.url("/story/dua") + "\n\n" + server.url("/missing") + "\n");
        Path folder = tmp.resolve("articles");
        CliRun run = add(server.url("/story/tiga") + "\n", "add", server.url("/story/satu").toString(), "-",
                "--from", list.toString(), "--to", folder.toString(), "--delay", "0", "--timeout", "2");
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("tilik: " + server.url("/missing") + ": HTTP 404 Not Found\n");
        assertThat(run.out()).contains("added " + folder.resolve("warta-satu_berita-satu.txt") + "  <- " + server.url("/story/satu"),
                "added " + folder.resolve("warta-tiga_berita-tiga.txt"), "added " + folder.resolve("warta-dua_berita-dua.txt"))
                .endsWith("3 added, 0 already there, 1 failed\n");
        assertThat(Files.readString(folder.resolve("warta-dua_berita-dua.txt"))).isEqualTo("""
                title: Berita dua
                source: Warta dua
                url: %s
                lang: id

                Isi berita dua yang cukup panjang.
                """.formatted(server.url("/story/dua")));

        CliRun again = add("", "add", server.url("/story/satu").toString(), "--to", folder.toString(), "--delay", "0");
        assertThat(again.code()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).isEqualTo("already there: " + folder.resolve("warta-satu_berita-satu.txt") + "  <- "
                + server.url("/story/satu") + "\n0 added, 1 already there, 0 failed\n");
    }

    @Test
    void noUrlOrAFileForAFolderIsBadInput() throws Exception {
        CliRun none = add("", "add", "--to", tmp.toString());
        assertThat(none.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).contains("no URL given");
        Path file = Files.writeString(tmp.resolve("f.txt"), "x");
        CliRun notFolder = add("", "add", "http://localhost:1/x", "--to", file.toString());
        assertThat(notFolder.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notFolder.err()).contains("not a folder: " + file);
    }
}
