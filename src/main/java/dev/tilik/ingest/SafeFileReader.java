package dev.tilik.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads one file of the articles folder, refusing what could hurt: paths or symbolic links that
 * leave the folder, anything but a regular file (a FIFO would block forever), files over the
 * size cap (checked before reading, and again while reading in case the file grows).
 */
final class SafeFileReader {
    private final Path realFolder;
    private final long maxBytes;

    /** {@code realFolder} must already be a real path ({@link Path#toRealPath}). */
    SafeFileReader(Path realFolder, long maxBytes) {
        this.realFolder = realFolder;
        this.maxBytes = maxBytes;
    }

    byte[] read(Path file) throws FileRefusedException {
        Path real = resolveInside(file);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw refused(e);
        }
        if (attrs.isDirectory()) {
            throw new FileRefusedException("a folder, not a file; skipped");
        }
        if (!attrs.isRegularFile()) {
            throw new FileRefusedException("not a regular file (FIFO, socket or device); skipped");
        }
        if (attrs.size() > maxBytes) {
            throw new FileRefusedException("too large (" + attrs.size() + " bytes; the limit is " + maxBytes + "); skipped");
        }
        try (InputStream in = Channels.newInputStream(
                Files.newByteChannel(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new FileRefusedException("grew past the size limit of " + maxBytes + " bytes while being read; skipped");
            }
            return bytes;
        } catch (IOException e) {
            throw refused(e);
        }
    }

    /** The file's real path, when it lies inside the folder. */
    private Path resolveInside(Path file) throws FileRefusedException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw refused(e);
        }
        if (!real.startsWith(realFolder) || real.equals(realFolder)) {
            throw new FileRefusedException("points outside the articles folder (to " + real + "); refused");
        }
        return real;
    }

    private static FileRefusedException refused(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new FileRefusedException("disappeared while being read (deleted or a dangling link); skipped");
        }
        if (e instanceof AccessDeniedException) {
            return new FileRefusedException("permission denied; skipped");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().startsWith("Too many levels of symbolic links")) {
            return new FileRefusedException("a loop of symbolic links, naming no file; skipped");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return new FileRefusedException("cannot read: " + fse.getReason() + "; skipped");
        }
        return new FileRefusedException("cannot read: " + e.getMessage() + "; skipped");
    }
}
