package dev.tilik.tui;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-screen comparisons with expected files under {@code src/test/resources/screens/}.
 * {@code -Dtilik.updateScreens=true} rewrites them after an intended change; a mismatch lists
 * each differing row, expected above actual, so the failure reads like a diff.
 */
final class ScreenFiles {
    private static final Path DIR = Path.of("src", "test", "resources", "screens");

    private ScreenFiles() {
    }

    static void assertScreen(String name, String actual) throws IOException {
        Path file = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("tilik.updateScreens")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no expected screen " + file + " (run with -Dtilik.updateScreens=true to create it)\n" + actual);
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("screen " + name + " differs from " + file
                    + " (-Dtilik.updateScreens=true accepts the new one)\n" + diff(expected, actual));
        }
    }

    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<none>";
            String al = i < a.length ? a[i] : "<none>";
            if (!el.equals(al)) {
                sb.append(String.format("row %2d expected |%s|%n       actual   |%s|%n", i, el, al));
            }
        }
        return sb.toString();
    }
}
