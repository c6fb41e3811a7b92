package dev.tilik.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces a file's content so that, whatever happens (error, full disk, SIGKILL, power cut), the
 * file holds either the old bytes or the new ones, never a mix: a temp file in the same folder,
 * written, forced to disk, renamed over the target with {@code ATOMIC_MOVE}, then the folder is
 * forced. A symlinked target is resolved first so the link stays a link. The original's
 * permissions are kept. On failure the temp file is removed and the original is untouched.
 * <p>A file whose owner may not write it (made read-only, {@code chmod a-w}) is refused, as an
 * editor refuses it: the rename would replace it all the same — even for root, or a user who may
 * write the folder —, and a file someone made read-only (a review handed in) must stay as it is.
 */
public final class AtomicWriter {
    private static final int MAX_LINKS = 40;

    /** Why a read-only file is not written, and how to let Tilik write it. */
    public static final String READ_ONLY = "read-only (chmod u+w lets Tilik write it)";

    private final SaveSteps steps;

    public AtomicWriter(SaveSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    /** Writes {@code bytes} to {@code target}; returns the real file written (symlinks resolved). */
    public Path write(Path target, byte[] bytes) throws IOException {
        Path real = resolve(target);
        if (Files.isDirectory(real)) {
            throw new IOException(real + " is a folder");
        }
        Path dir = real.getParent();
        Set<PosixFilePermission> perms = permissions(real);
        if (perms != null && !perms.contains(PosixFilePermission.OWNER_WRITE)) {
            // the caller names the file
            throw new FileSystemException(null, null, readOnly(owner(real), System.getProperty("user.name"),
                    dir != null && !Files.isWritable(dir)));
        }
        Path tmp = SaveTemps.claim(real);
        try {
            try (FileChannel ch = steps.create(tmp)) {
                FileLock lock = SaveTemps.lock(ch); // held until the channel closes, after the move
                if (perms != null) {
                    Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(perms);
                }
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    steps.write(ch, buf);
                }
                steps.force(ch);
                steps.move(tmp, real);
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        } finally {
            SaveTemps.done(tmp);
        }
        try {
            steps.syncDirectory(dir);
        } catch (IOException e) {
            throw new NotSyncedException(real, e);
        }
        return real;
    }

    /**
     * Why a read-only file is not written, in words that fit who reads them: its owner is told {@link #READ_ONLY}
     * (or to let Tilik write the folder too, when that is read-only: the new copy is made beside the file); anyone
     * else that only {@code owner} can make it writable, since "chmod u+w" is not theirs to run.
     */
    static String readOnly(String owner, String user, boolean folderReadOnly) {
        if (owner == null || owner.equals(user)) {
            return folderReadOnly ? "read-only, in a read-only folder (chmod u+w on the file and on its folder lets Tilik"
                    + " write it)" : READ_ONLY;
        }
        return "read-only, and owned by " + owner + (folderReadOnly ? " in a folder you cannot write" : "")
                + ": only " + owner + " can let Tilik write it (or review a copy of the folder in one of your own)";
    }

    private static String owner(Path file) {
        try {
            return Files.getOwner(file).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The new content is in place, but the folder could not be forced to disk (a power cut may lose the rename). */
    public static final class NotSyncedException extends IOException {
        private static final long serialVersionUID = 1L;

        NotSyncedException(Path file, IOException cause) {
            super("saved " + file + " but could not flush its folder: " + cause.getMessage(), cause);
        }
    }

    /**
     * Removes temp files a killed save left beside {@code target} (SIGKILL or a power cut skip the
     * cleanup): at once when no live process owns them, otherwise once last modified before
     * {@code cutoff}; a temp another live writer is filling is never removed ({@link SaveTemps}).
     * Returns how many were removed; I/O errors leave the files alone.
     */
    public static int removeStaleTemps(Path target, Instant cutoff) {
        try {
            return SaveTemps.removeLeftovers(resolve(target), cutoff);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Follows symbolic links (relative ones against their own folder) to the file they name. */
    public static Path resolve(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        if (Files.isSymbolicLink(p)) {
            throw new IOException("too many levels of symbolic links: " + target);
        }
        return p;
    }

    private static Set<PosixFilePermission> permissions(Path real) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return view.readAttributes().permissions();
    }
}
