package dev.tilik.tui;

import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;

/** Ctrl-Z: hand the terminal back to the shell, stop, and take it again on resume. */
public interface Suspender {
    /** For terminals where suspending cannot be done safely: Ctrl-Z does nothing. */
    Suspender NONE = screen -> { };

    /** Returns after the process was resumed, with the screen started again. */
    void suspend(Screen screen) throws IOException;
}
