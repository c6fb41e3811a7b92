package dev.tilik.cli;

import org.jline.utils.InfoCmp;
import org.slf4j.LoggerFactory;

/** The terminal database: what a terminal type ({@code TERM}) can do, in infocmp's text form. */
@FunctionalInterface
public interface Terminfo {
    /**
     * JLine's knowledge: the descriptions it carries (xterm, screen, rxvt, ansi, dumb, …), else the
     * system's compiled terminfo entry ({@link CompiledTerminfo}: names and {@code cup} only), both
     * without starting a process; else the system's {@code infocmp}; null when none knows the type.
     */
    Terminfo JLINE = term -> {
        String caps = InfoCmp.getDefaultInfoCmp(term);
        if (caps != null) {
            return caps;
        }
        caps = CompiledTerminfo.describe(term, CompiledTerminfo.dirs(System.getenv()));
        if (caps != null) {
            return caps;
        }
        try {
            return InfoCmp.getInfoCmp(term);
        } catch (java.io.IOException e) {
            LoggerFactory.getLogger(Terminfo.class).info("no terminfo for TERM={}: {}", term, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    };

    /** The capabilities of {@code term} in infocmp's source form, or null when unknown. */
    String describe(String term);
}
