package dev.tilik.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this process' stderr is a terminal. Java 17 has no isatty; {@code System.console()}
 * speaks for stdin and stdout only. Where {@code /proc} exists (Linux, where Tilik runs over SSH)
 * fd 2 is a terminal when it links to {@code /dev/pts/N} or {@code /dev/ttyN}; elsewhere the
 * answer is no, which costs the user a progress line, never a pipe full of carriage returns.
 */
public final class ErrTerminal {
    private ErrTerminal() {
    }

    public static boolean isTerminal() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (Exception e) {
            return false;
        }
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
