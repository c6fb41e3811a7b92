package dev.tilik.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes everything through {@link SafeText#sanitize} on its way to a terminal
 * (stderr): line feeds and carriage returns are kept as the line structure (a progress line
 * redraws itself with CR); every other control, C1, bidi or format character in between comes
 * out visible. A high surrogate at the end of one write waits for its pair.
 */
public final class SafeTextWriter extends FilterWriter {
    private char pendingHigh;

    public SafeTextWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        StringBuilder run = new StringBuilder(len + 1);
        if (pendingHigh != 0) {
            run.append(pendingHigh);
            pendingHigh = 0;
        }
        int end = off + len;
        if (len > 0 && Character.isHighSurrogate(buf[end - 1])) {
            pendingHigh = buf[end - 1];
            end--;
        }
        StringBuilder out = new StringBuilder(len + 16);
        for (int i = off; i < end; i++) {
            char c = buf[i];
            if (c == '\n' || c == '\r') {
                out.append(SafeText.sanitize(run.toString())).append(c);
                run.setLength(0);
            } else {
                run.append(c);
            }
        }
        out.append(SafeText.sanitize(run.toString()));
        super.write(out.toString(), 0, out.length());
    }

    @Override
    public void flush() throws IOException {
        if (pendingHigh != 0) {
            String lone = SafeText.sanitize(String.valueOf(pendingHigh));
            pendingHigh = 0;
            super.write(lone, 0, lone.length());
        }
        super.flush();
    }
}
