package dev.tilik.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's Unix terminal set up with one {@code stty} process instead of five. Making a
 * {@link UnixTerminal} runs {@code stty -g} (to put the user's settings back on closing), then
 * {@code -icanon}, {@code min 1}, {@code -echo} and {@code intr undef} one process each, and the
 * reader adds {@code susp undef}: processes started one after another on the way to the first
 * frame. While this terminal is being made, the settings the reader already read ({@code stty -g},
 * for suspending) answer Lanterna's {@code -g}, and the settings Lanterna asks for are collected and
 * given, with the reader's own, to one {@code stty} once it is made. The same settings in the same
 * order, so the tty ends as before; closing, suspending and resizing run {@code stty} as Lanterna
 * does. Whole characters (emoji) are written as their bytes ({@link GlyphTerminal}).
 */
class OneSttyTerminal extends UnixTerminal implements GlyphTerminal {
    /** The batch of the terminal being made on this thread (Lanterna asks from its constructor). */
    private static final ThreadLocal<Batch> MAKING = new ThreadLocal<>();

    /** What Lanterna asked while its terminal was made. */
    private static final class Batch {
        final String saved;
        final List<String> settings = new ArrayList<>();

        Batch(String saved) {
            this.saved = saved;
        }
    }

    /** Makes one terminal (a subclass of this one, constructed on the calling thread). */
    @FunctionalInterface
    interface Maker<T extends OneSttyTerminal> {
        T make() throws IOException;
    }

    OneSttyTerminal(InputStream in, OutputStream out, Charset charset, UnixLikeTerminal.CtrlCBehaviour ctrlC)
            throws IOException {
        super(in, out, charset, ctrlC);
    }

    /**
     * The terminal on the process's tty, whose settings {@code stty -g} printed as {@code saved}, with
     * {@code more} settings given in the same {@code stty} as Lanterna's.
     */
    static OneSttyTerminal open(InputStream in, OutputStream out, Charset charset, UnixLikeTerminal.CtrlCBehaviour ctrlC,
                                String saved, String... more) throws IOException {
        return open(() -> new OneSttyTerminal(in, out, charset, ctrlC), saved, more);
    }

    /** {@link #open} with the terminal made by {@code maker}; {@code saved} may be null (then Lanterna asks stty). */
    static <T extends OneSttyTerminal> T open(Maker<T> maker, String saved, String... more) throws IOException {
        Batch batch = new Batch(saved);
        T terminal;
        MAKING.set(batch);
        try {
            terminal = maker.make();
        } finally {
            MAKING.remove();
        }
        batch.settings.addAll(List.of(more));
        if (!batch.settings.isEmpty()) {
            try {
                terminal.runSTTYCommand(batch.settings.toArray(String[]::new));
            } catch (IOException | RuntimeException e) {
                terminal.close(); // puts the saved settings back and drops Lanterna's shutdown hook
                throw e;
            }
        }
        return terminal;
    }

    @Override
    protected String runSTTYCommand(String... parameters) throws IOException {
        Batch batch = MAKING.get();
        if (batch == null) {
            return super.runSTTYCommand(parameters);
        }
        if (parameters.length == 1 && parameters[0].equals("-g")) {
            return batch.saved != null ? batch.saved : super.runSTTYCommand(parameters);
        }
        batch.settings.addAll(List.of(parameters));
        return "";
    }

    /** Told of every resize signal (SIGWINCH), whether or not the size it ends at differs (see {@link #registerTerminalResizeListener}). */
    private final List<Runnable> signalled = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Lanterna tells its resize listeners only when the size it reads after a SIGWINCH differs from
     * the last it knew. A window shrunk and grown back before the reader looked (1×1, 20×5, then
     * 100×30 again: a resize storm, a tmux client switching sizes) ends at the size it had, so nobody
     * was told, while the terminal had cut the screen to 1×1 and back: the reader's next frames
     * changed only the cells that differed from its own last frame and left the screen blank around
     * them. Every signal now reaches {@link #onResizeSignal} listeners too, after Lanterna read the size.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        super.registerTerminalResizeListener(() -> {
            resized = true;
            onResize.run();
            if (signalled != null) { // null only while Lanterna's constructor registers this
                signalled.forEach(Runnable::run);
            }
        });
    }

    /** Set by the first resize signal: from then on the size is the tty's ({@link #findTerminalSize}). */
    private volatile boolean resized;

    /**
     * After a resize signal, the size the tty holds ({@code stty size}) rather than Lanterna's question
     * to the terminal (the cursor sent to 5000,5000 and its position asked): an Esc typed just before
     * the signal ran into the terminal's answer, which was read as a size of a few columns and one
     * row, and the reader showed "Terminal" alone until the next resize. The first size (before any
     * signal) is still Lanterna's, so the start runs no more processes; when {@code stty} fails, it is
     * Lanterna's too.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        if (resized) {
            try {
                TerminalSize tty = TtySize.parse(runSTTYCommand("size"));
                if (tty != null) {
                    return tty;
                }
            } catch (IOException e) {
                // stty could not read the tty: ask the terminal, as Lanterna does
            }
        }
        return super.findTerminalSize();
    }

    /** {@code r} runs after every resize signal, the size read (on the signal's thread). */
    void onResizeSignal(Runnable r) {
        signalled.add(r);
    }

    @Override
    public void putGlyph(String glyph) throws IOException {
        writeToTerminal(glyph.getBytes(getCharset()));
    }
}
