package dev.tilik.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each folder's notes were last saved, kept in Tilik's state folder ({@code note-files}: one
 * line a folder, its real path, a tab, the note file's absolute path; the folder last saved first,
 * {@link #MAX} lines at most), so a folder opened from any directory finds its notes
 * ({@link DefaultNoteFile}) instead of starting an empty file where it was started. Written when a
 * note file is opened or saved for a folder; read once when the note file is chosen. Never fatal: a
 * file that cannot be read is an empty index, one that cannot be written is logged.
 */
public final class NoteIndex {
    /** The most folders remembered. */
    static final int MAX = 500;
    private static final String NAME = "note-files";

    private final Path file;

    private NoteIndex(Path file) {
        this.file = file;
    }

    /** The index in {@code stateDir} (Tilik's state folder), or {@link #none()} when that is null. */
    public static NoteIndex in(Path stateDir) {
        return new NoteIndex(stateDir == null ? null : stateDir.resolve(NAME));
    }

    /** No index: nothing remembered, nothing written (tests, an environment naming no home). */
    public static NoteIndex none() {
        return new NoteIndex(null);
    }

    /** The note file last saved for {@code folder} (as typed from {@code dir}), if one is remembered. */
    public Optional<Path> noteFileOf(Path dir, Path folder) {
        return Optional.ofNullable(read().get(NoteFolder.real(dir, folder).toString())).map(Path::of);
    }

    /** Remembers that {@code folder}'s notes are in {@code noteFile}; logs, never throws, when it cannot. */
    public void remember(Path dir, Path folder, Path noteFile) {
        if (file == null) {
            return;
        }
        String key = NoteFolder.real(dir, folder).toString();
        String value = (noteFile.isAbsolute() ? noteFile : dir.toAbsolutePath().resolve(noteFile)).normalize().toString();
        if (!storable(key) || !storable(value)) {
            return;
        }
        Map<String, String> known = read();
        if (value.equals(known.get(key)) && known.keySet().iterator().next().equals(key)) {
            return; // already the first line: nothing to write
        }
        Map<String, String> next = new LinkedHashMap<>();
        next.put(key, value);
        known.forEach(next::putIfAbsent);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> e : next.entrySet()) {
            if (n++ == MAX) {
                break;
            }
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            new AtomicWriter(SaveSteps.REAL).write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            log().warn("where {}'s notes are not remembered in {}: {}", key, file, e.toString());
        }
    }

    private static boolean storable(String path) {
        return path.indexOf('\t') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0;
    }

    /** The index as folder → note file, the first line first; empty when absent or unreadable. */
    private Map<String, String> read() {
        Map<String, String> out = new LinkedHashMap<>();
        if (file == null) {
            return out;
        }
        List<String> lines;
        try {
            if (Files.size(file) > 1024 * 1024) {
                log().warn("{} is larger than 1 MiB: not read", file);
                return out;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException | RuntimeException e) {
            log().warn("{} not read: {}", file, e.toString());
            return out;
        }
        for (String line : new ArrayList<>(lines)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab < line.length() - 1) {
                out.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }

    private static Logger log() {
        return LoggerFactory.getLogger(NoteIndex.class);
    }
}
