package dev.tilik.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A terminal's description read from the system's compiled terminfo database (term(5)), without
 * starting {@code infocmp}: the file {@code <dir>/<first letter>/<name>} (or the first letter in hex,
 * as macOS lays it out) in {@code $TERMINFO}, {@code ~/.terminfo}, {@code $TERMINFO_DIRS},
 * {@code /etc/terminfo}, {@code /lib/terminfo}, {@code /usr/share/terminfo}. Only what the reader's
 * gate asks is given back, in infocmp's source form: the names and {@code cup} (cursor_address)
 * when the entry has it. A file that is missing, too large or not a compiled entry is no answer.
 */
final class CompiledTerminfo {
    /** The legacy format's magic number, and the one with 32-bit numbers (ncurses 6.1). */
    private static final int MAGIC = 0432;
    private static final int MAGIC_32 = 01036;
    /** cursor_address's place among the predefined string capabilities. */
    private static final int CUP = 10;
    private static final long MAX_BYTES = 1 << 16;

    private CompiledTerminfo() {
    }

    /** Where the database is looked for, in order, as ncurses looks. */
    static List<Path> dirs(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        String terminfo = env.get("TERMINFO");
        if (terminfo != null && !terminfo.isBlank()) {
            dirs.add(Path.of(terminfo));
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            dirs.add(Path.of(home, ".terminfo"));
        }
        String more = env.get("TERMINFO_DIRS");
        if (more != null) {
            for (String d : more.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        for (String d : List.of("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo")) {
            dirs.add(Path.of(d));
        }
        return dirs;
    }

    /** {@code term}'s names and {@code cup} in source form from the first entry found in {@code dirs}, or null. */
    static String describe(String term, List<Path> dirs) {
        if (term.isEmpty() || term.contains("/") || term.startsWith(".")) {
            return null;
        }
        String first = term.substring(0, 1);
        String hex = String.format(Locale.ROOT, "%02x", (int) term.charAt(0));
        for (Path dir : dirs) {
            for (Path file : List.of(dir.resolve(first).resolve(term), dir.resolve(hex).resolve(term))) {
                try {
                    if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                        String caps = parse(Files.readAllBytes(file));
                        if (caps != null) {
                            return caps;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // unreadable: the next place, then infocmp
                }
            }
        }
        return null;
    }

    /** A compiled entry's names and cup in source form; null when the bytes are not one. */
    static String parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12) {
            return null;
        }
        int magic = in.getShort() & 0xffff;
        if (magic != MAGIC && magic != MAGIC_32) {
            return null;
        }
        int namesSize = in.getShort();
        int bools = in.getShort();
        int numbers = in.getShort();
        int strings = in.getShort();
        int table = in.getShort();
        if (namesSize <= 0 || bools < 0 || numbers < 0 || strings < 0 || table < 0) {
            return null;
        }
        int namesAt = 12;
        int numbersAt = namesAt + namesSize + bools;
        numbersAt += numbersAt % 2;
        int offsetsAt = numbersAt + numbers * (magic == MAGIC_32 ? 4 : 2);
        int tableAt = offsetsAt + strings * 2;
        if (tableAt + table > bytes.length) {
            return null;
        }
        String names = new String(bytes, namesAt, namesSize - 1, StandardCharsets.ISO_8859_1);
        StringBuilder caps = new StringBuilder(escape(names)).append(',');
        if (strings > CUP) {
            int offset = in.getShort(offsetsAt + 2 * CUP);
            if (offset >= 0 && offset < table) {
                int end = offset;
                while (end < table && bytes[tableAt + end] != 0) {
                    end++;
                }
                caps.append("\n\tcup=").append(escape(new String(bytes, tableAt + offset, end - offset,
                        StandardCharsets.ISO_8859_1))).append(',');
            }
        }
        return caps.append('\n').toString();
    }

    /** A value as source form writes it: commas and backslashes escaped, controls in caret form. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\\' || c == '^') {
                out.append('\\').append(c);
            } else if (c == 27) {
                out.append("\\E");
            } else if (c < 32 || c == 127) {
                out.append('^').append((char) (c ^ 64));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
