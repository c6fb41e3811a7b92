package dev.tilik.shell;

import dev.tilik.text.Columns;
import dev.tilik.text.WordWrap;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interactive shell's writer: a line wider than the terminal is wrapped at spaces, its
 * continuation lines indented under its text (past a list number such as {@code 3. } or
 * {@code [2] }), where the terminal would cut words in two at its edge. The width is asked on every
 * line, so a resize takes effect at once; piped output (scripts) is never wrapped, nor is an export
 * ({@link #verbatim}): its lines are the file's, to copy or redirect as they are.
 */
final class ShellOutput extends PrintWriter {
    /** Below this width a terminal is left to wrap lines itself. */
    static final int MIN_WIDTH = 20;
    private static final Pattern HANG = Pattern.compile("^( *(?:> )?(?:\\d+\\. |\\[\\d+\\] )?)");

    private final IntSupplier width;

    ShellOutput(Writer out, IntSupplier width) {
        super(out);
        this.width = width;
    }

    @Override
    public void println(String line) {
        for (String l : wrap(line, width.getAsInt())) {
            super.println(l);
        }
    }

    @Override
    public void println(Object o) {
        println(String.valueOf(o));
    }

    /**
     * Prints {@code line} as it is, never wrapped: the lines of an export (JSON-LD, Markdown) that a user copies
     * from the terminal, where a wrap would break a string or an address in two and indent its second half.
     */
    static void verbatim(PrintWriter out, String line) {
        if (out instanceof ShellOutput shell) {
            shell.printWhole(line);
        } else {
            out.println(line);
        }
    }

    private void printWhole(String line) {
        super.println(line);
    }

    /** {@code line} as lines of fewer than {@code width} columns; as it is when it fits or the terminal is too narrow. */
    static List<String> wrap(String line, int width) {
        if (line == null || width < MIN_WIDTH || line.indexOf('\n') >= 0 || Columns.width(line) < width) {
            return List.of(String.valueOf(line));
        }
        Matcher m = HANG.matcher(line);
        String head = m.find() ? m.group(1) : "";
        int hang = Math.min(Columns.width(head), width / 2);
        List<String> lines = WordWrap.lines(line.substring(head.length()), width - 1 - hang);
        String indent = " ".repeat(hang);
        java.util.ArrayList<String> out = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? head : indent) + lines.get(i));
        }
        return out;
    }
}
