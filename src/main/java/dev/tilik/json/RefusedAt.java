package dev.tilik.json;

import java.util.List;

/**
 * A check made while a document is bound (a record's constructor refusing a value it cannot name by a path written as
 * text: a key that is a file name, "001_kabar_id.txt") that says where the refused value stands, as keys and indices,
 * so the error points at it and not at the end of the object Jackson had reached ({@link JsonErrors#located}).
 */
public final class RefusedAt extends IllegalArgumentException {
    private final transient List<Object> path;

    /** {@code path}: keys and indices from the document's root; {@code message}: what is wrong, whole. */
    public RefusedAt(List<Object> path, String message) {
        super(message);
        this.path = List.copyOf(path);
    }

    public List<Object> path() {
        return path;
    }
}
