package dev.tilik.json;

/**
 * A JSON file Tilik cannot accept, located: {@code rules/id.json:42:7: cues[3].stance: expected one of …}.
 * Line and column are 1-based; 0 means unknown (the whole file).
 */
public final class JsonFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public JsonFileException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String problem) {
        if (line <= 0) {
            return file + ": " + problem;
        }
        return file + ":" + line + ":" + column + ": " + problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
