package dev.tilik.ingest;

/** {@code .txt}: the file's decoded text is the article's text, byte for byte after decoding. */
final class TextFormat implements ArticleFormat {
    @Override
    public boolean reads(String lowerCaseName) {
        return lowerCaseName.endsWith(".txt");
    }

    @Override
    public Parsed parse(String name, byte[] bytes, ArticleParser parser) throws UndecodableException {
        return Parsed.of(parser.parse(name, TextDecoder.decode(bytes, name), FolderLoader.sha256(bytes)));
    }
}
