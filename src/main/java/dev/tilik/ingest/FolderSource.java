package dev.tilik.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files directly in a folder (not its subfolders), read through {@link SafeFileReader}: size
 * cap, no symbolic link leaving the folder, no FIFO, each refusal one {@link FileRefusedException}.
 */
public final class FolderSource implements ArticleSource {
    private final Path folder;
    private final long maxFileBytes;
    private SafeFileReader reader;

    public FolderSource(Path folder, long maxFileBytes) {
        this.folder = folder;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public String where() {
        return folder.toString();
    }

    @Override
    public List<String> list() throws SourceException {
        List<String> names = new ArrayList<>();
        try {
            Path realFolder = folder.toRealPath();
            if (!Files.isDirectory(realFolder)) {
                throw new SourceException("not a folder");
            }
            reader = new SafeFileReader(realFolder, maxFileBytes);
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
                for (Path p : ds) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (NoSuchFileException e) {
            throw new SourceException("folder not found");
        } catch (IOException e) {
            throw new SourceException("cannot read the folder: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        return names;
    }

    @Override
    public byte[] read(String item) throws FileRefusedException {
        if (reader == null) {
            throw new IllegalStateException("list() the folder before reading from it");
        }
        return reader.read(folder.resolve(item));
    }
}
