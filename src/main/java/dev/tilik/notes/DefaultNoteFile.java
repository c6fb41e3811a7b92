package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tilik.json.StrictJson;
import dev.tilik.json.StrictStream;
import dev.tilik.text.Columns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which note file a folder's notes go to when {@code --notes} is not given. The default
 * {@code tilik-notes.json} belongs to one folder (the one its {@code "folder"} names, read against
 * the note file's own directory: {@link NoteFolder}): when it belongs to another, this folder's notes
 * go to {@code tilik-notes-<folder name>.json} beside it, and the user is told ({@code --notes FILE}
 * chooses any other), so two stories reviewed from one directory never share a file. When the current
 * directory holds no note file of this folder, the one its notes were saved to before is looked for
 * in the folder's parent directory (yesterday {@code cd story && tilik articles}, today
 * {@code tilik story/articles}): taken, and named, when its {@code "folder"} is this folder. Started
 * from anywhere else, the note file the {@link NoteIndex} remembers for the folder is taken, and
 * named, when the one chosen here holds no review while that one holds some; when both hold some,
 * the one here is kept and the other named, so a story's notes never split in two unsaid.
 *
 * @param file   the note file to use
 * @param notice what to tell the user about the choice, or null when the default was taken as is
 */
public record DefaultNoteFile(Path file, String notice) {
    public static final String NAME = "tilik-notes.json";

    /** The note file for {@code folder} when {@code --notes} is not given, {@code dir} being the current directory. */
    public static DefaultNoteFile choose(Path dir, Path folder) {
        return choose(dir, folder, NoteIndex.none());
    }

    /** As {@link #choose(Path, Path)}, asking {@code index} where the folder's notes were last saved. */
    public static DefaultNoteFile choose(Path dir, Path folder, NoteIndex index) {
        DefaultNoteFile here = chooseHere(dir, folder);
        Path chosen = NoteFolder.real(dir, here.file());
        Optional<Path> elsewhere = index.noteFileOf(dir, folder)
                .filter(p -> !NoteFolder.real(dir, p).equals(chosen))
                .filter(p -> isFor(p, dir, folder) && reviews(p) == Reviews.SOME);
        if (elsewhere.isEmpty()) {
            return here;
        }
        String where = shown(dir, elsewhere.get());
        return switch (reviews(here.file())) {
            case NONE -> new DefaultNoteFile(elsewhere.get(), "notes in " + where + " (saved there for this folder)");
            case SOME -> new DefaultNoteFile(here.file(), (here.notice() == null ? "" : here.notice() + " \u00B7 ")
                    + "this folder's notes were also saved to " + where);
            case UNKNOWN -> here;
        };
    }

    /** The choice made from the current directory and the folder's parent alone. */
    private static DefaultNoteFile chooseHere(Path dir, Path folder) {
        Path shared = dir.resolve(NAME);
        Optional<String> owner = folderOf(shared);
        if (owner.isPresent() ? NoteFolder.names(owner.get(), shared, dir, folder) : present(shared)) {
            // this folder's, or one only opening can judge (unreadable, no "folder"); but an empty one
            // here never hides the notes saved for this folder in its parent
            Optional<Path> before = reviews(shared) == Reviews.NONE ? savedBefore(dir, folder)
                    .filter(p -> reviews(p) == Reviews.SOME) : Optional.empty();
            if (before.isPresent()) {
                return new DefaultNoteFile(before.get(), "notes in " + shown(dir, before.get())
                        + " (saved there for this folder; " + NAME + " here holds none)");
            }
            return new DefaultNoteFile(shared, null);
        }
        Path own = ownFile(dir, dir, folder);
        if (owner.isPresent() && present(own)) {
            return new DefaultNoteFile(own, notice(dir, folder, own.getFileName(), owner.get()));
        }
        Optional<Path> before = savedBefore(dir, folder);
        if (before.isPresent()) {
            return new DefaultNoteFile(before.get(), "notes in " + shown(dir, before.get()) + " (saved there for this folder)");
        }
        if (owner.isEmpty()) {
            return new DefaultNoteFile(shared, null);
        }
        return new DefaultNoteFile(own, notice(dir, folder, own.getFileName(), owner.get()));
    }

    /**
     * Which folder each note file belongs to, on one line of 80 columns: "notes: ./b/articles →
     * tilik-notes-articles.json; ./articles → tilik-notes.json". Two folders of one name read apart:
     * each is shown from the current directory ("./" when under it); too long, the folder opened is
     * "this folder", and then the other keeps its last two names ("…/lama/articles"). It said
     * "notes in tilik-notes-articles.json (tilik-notes.json is for articles)", naming neither apart.
     */
    static String notice(Path dir, Path folder, Path own, String owner) {
        Path theirs = dir.resolve(owner).normalize();
        String said = notice(folderShown(dir, folder), own, folderShown(dir, theirs));
        if (Columns.width(said) > 80) {
            said = notice("this folder", own, folderShown(dir, theirs));
        }
        if (Columns.width(said) > 80) {
            said = notice("this folder", own, shorter(folderShown(dir, theirs), tail(theirs)));
        }
        if (Columns.width(said) > 80) {
            said = "notes in " + own + "; " + shorter(folderShown(dir, theirs), tail(theirs)) + " \u2192 " + NAME;
        }
        return Columns.fit(said, 80);
    }

    private static String notice(String mine, Path own, String theirs) {
        return "notes: " + mine + " \u2192 " + own + "; " + theirs + " \u2192 " + NAME;
    }

    private static String shorter(String a, String b) {
        return Columns.width(b) < Columns.width(a) ? b : a;
    }

    /** A folder as the user would type it from {@code dir}: "./articles", "../b/articles", or its absolute path. */
    private static String folderShown(Path dir, Path folder) {
        String s = shown(dir, folder);
        return s.isEmpty() ? "." : s.startsWith("..") || Path.of(s).isAbsolute() ? s : "./" + s;
    }

    /** The folder's last two names, "…/b/articles" (or the whole when it has two or fewer). */
    private static String tail(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        int n = abs.getNameCount();
        return n <= 2 ? abs.toString() : "\u2026/" + abs.subpath(n - 2, n);
    }

    /**
     * {@code tilik-notes-<slug>.json} in {@code place}, or, when that one is another folder's,
     * {@code tilik-notes-<slug>-<hash of the folder's path>.json}.
     */
    private static Path ownFile(Path place, Path dir, Path folder) {
        Path own = place.resolve("tilik-notes-" + slug(folder) + ".json");
        Optional<String> ownOwner = folderOf(own);
        if (ownOwner.isPresent() && !NoteFolder.names(ownOwner.get(), own, dir, folder)) {
            own = place.resolve("tilik-notes-" + slug(folder) + "-"
                    + Integer.toHexString(NoteFolder.real(dir, folder).toString().hashCode()) + ".json");
        }
        return own;
    }

    private static boolean present(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isFor(Path noteFile, Path dir, Path folder) {
        return folderOf(noteFile).map(f -> NoteFolder.names(f, noteFile, dir, folder)).orElse(false);
    }

    /**
     * The note file this folder's notes were saved to from its parent directory (as typed, and its
     * real parent when a link leads there), when that is not the current directory.
     */
    private static Optional<Path> savedBefore(Path dir, Path folder) {
        Path here = NoteFolder.real(dir, Path.of(""));
        Set<Path> parents = new LinkedHashSet<>();
        Path typed = (folder.isAbsolute() ? folder : dir.toAbsolutePath().resolve(folder)).normalize().getParent();
        if (typed != null) {
            parents.add(typed);
        }
        Path real = NoteFolder.real(dir, folder).getParent();
        if (real != null) {
            parents.add(real);
        }
        for (Path parent : parents) {
            if (NoteFolder.real(parent, Path.of("")).equals(here)) {
                continue;
            }
            for (Path candidate : List.of(parent.resolve(NAME), ownFile(parent, dir, folder))) {
                if (isFor(candidate, dir, folder)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code file} as the user would type it from {@code dir}: relative when that is shorter. */
    private static String shown(Path dir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            String rel = dir.toAbsolutePath().normalize().relativize(abs).toString();
            return rel.length() < abs.toString().length() ? rel : abs.toString();
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }

    /**
     * The {@code "folder"} a note file was written for, read without reading the rest (it comes
     * second, after the version); empty when the file is absent, unreadable or names none — then
     * nothing says it belongs elsewhere.
     */
    static Optional<String> folderOf(Path noteFile) {
        // unreadable or cut off at 64 KiB before "folder": opening says what is wrong
        return valueOf(noteFile, 64 * 1024, "folder", (t, p) -> t == JsonToken.VALUE_STRING && !p.getText().isBlank()
                ? Optional.of(p.getText()) : Optional.<String>empty()).flatMap(f -> f);
    }

    /** Whether a note file holds reviews: none (readable, its findings empty or absent), some, or unknown (unreadable). */
    enum Reviews { NONE, SOME, UNKNOWN }

    /** Whether {@code noteFile} holds any review, read as a stream up to its {@code "findings"}' first entry. */
    static Reviews reviews(Path noteFile) {
        if (!Files.isRegularFile(noteFile)) {
            return Reviews.NONE;
        }
        return valueOf(noteFile, StrictJson.MAX_BYTES, "findings", (t, p) -> t != JsonToken.START_ARRAY ? Reviews.UNKNOWN
                : p.nextToken() == JsonToken.END_ARRAY ? Reviews.NONE : Reviews.SOME).orElse(Reviews.UNKNOWN);
    }

    /** What {@code read} makes of the value of the top-level {@code key}, read as a stream over the first {@code limit} bytes. */
    private static <T> Optional<T> valueOf(Path noteFile, long limit, String key, ValueRead<T> read) {
        if (!Files.isRegularFile(noteFile, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(noteFile)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(noteFile)) {
            byte[] head = in.readNBytes((int) limit);
            try (JsonParser p = StrictStream.parser(head)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    if (key.equals(name)) {
                        return Optional.of(read.read(t, p));
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads a value whose first token {@code t} the parser is on. */
    @FunctionalInterface
    private interface ValueRead<T> {
        T read(JsonToken t, JsonParser p) throws IOException;
    }

    /** The folder's own name as a file-name part: letters, digits, {@code .}, {@code _}, {@code -}. */
    static String slug(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String s = name == null ? "root" : name.toString().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        s = s.replaceAll("^[.-]+", "");
        return s.isEmpty() ? "folder" : s;
    }
}
