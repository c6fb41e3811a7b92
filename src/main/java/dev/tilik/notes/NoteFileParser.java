package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilik.json.JsonErrors;
import dev.tilik.json.JsonFileException;
import dev.tilik.json.JsonLocator;
import dev.tilik.json.StrictJson;
import dev.tilik.json.StrictStream;
import dev.tilik.model.FindingType;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.Rating;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A note file's records read token by token with jackson-core's strict streaming parser
 * ({@link StrictStream}), so that opening the notes before the reader's first finding makes no
 * data-binding mapper (its first use, introspecting the records, was a tenth of a cached reopen).
 * Reads what the mapper read, as strictly: duplicate keys, trailing values and a value of the wrong
 * kind are refused at their place ({@code findings[0].statements: expected a list, found the number
 * 5}); each record's own checks run in its constructor and are located at the value they name;
 * text fields take numbers and true/false as their text, as the mapper did; unknown keys are kept
 * where the records keep them ({@link NoteFile#extra}, {@link FindingNote#extra}: only then is the
 * mapper asked, for their trees) and skipped elsewhere. One instance per document.
 */
final class NoteFileParser {
    /** Reads one list element or object; may throw the located refusals. */
    @FunctionalInterface
    private interface Read<T> {
        T read() throws IOException, JsonFileException;
    }

    private final JsonParser p;
    private final String displayName;
    private final String text;
    private final List<Object> path = new ArrayList<>();
    /** Where the values left out go while salvaging; null when one bad value refuses the whole file. */
    private final List<JsonFileException> dropped;
    /** How many of {@link #dropped} appear twice (the rest could not be read). */
    private int twice;
    /** The note file read. */
    private NoteFile file;
    /** While salvaging, where each review read was: its index in {@code findings} and its id's place. */
    private final Map<FindingNote, OneReviewPerId.Place> places = new IdentityHashMap<>();

    private NoteFileParser(JsonParser p, String displayName, String text, List<JsonFileException> dropped) {
        this.p = p;
        this.displayName = displayName;
        this.text = text;
        this.dropped = dropped;
    }

    /** The note file in {@code text}, whose version was checked already; any bad value refuses it. */
    static NoteFile parse(String text, String displayName) throws JsonFileException {
        return read(text, displayName, null).file;
    }

    /**
     * The note file in {@code text} with each value that cannot be read left out and its located refusal kept
     * ({@code Salvaged.dropped}): a field of a review costs that field (a {@code created} or {@code updated} time left
     * out takes the other's), an element of a list that element, a review without a readable {@code id}, {@code type}
     * or time that review; a key repeated in any object (an unknown field's included) the repeat, a second review
     * with one id one of the two ({@link OneReviewPerId}), each counted as appearing twice. Only what cannot be
     * parsed as JSON at all, or a {@code findings} that is no list, refuses the file.
     */
    static NoteFileReader.Salvaged salvage(String text, String displayName) throws JsonFileException {
        List<JsonFileException> dropped = new ArrayList<>();
        NoteFileParser read = read(text, displayName, dropped);
        return new NoteFileReader.Salvaged(read.file, dropped, read.twice);
    }

    /** The parser once it has read the file ({@link #file}); {@code dropped} null: any bad value refuses it. */
    private static NoteFileParser read(String text, String displayName, List<JsonFileException> dropped)
            throws JsonFileException {
        try (JsonParser p = dropped == null ? StrictStream.parser(text) : StrictStream.parserKeepingDuplicates(text)) {
            NoteFileParser r = new NoteFileParser(p, displayName, text, dropped);
            p.nextToken();
            r.file = r.noteFile();
            if (p.nextToken() != null) {
                throw StrictStream.at(displayName, p.currentTokenLocation(),
                        "Trailing token: expected the end of the file after the closing bracket of the top-level value, found more");
            }
            return r;
        } catch (JsonProcessingException e) {
            throw JsonErrors.located(displayName, e, text);
        } catch (IOException e) {
            throw JsonErrors.unreadable(displayName, e);
        }
    }

    private NoteFile noteFile() throws IOException, JsonFileException {
        JsonLocation start = expectObject();
        String folder = null;
        List<ArticleEntry> articles = null;
        List<FindingNote> findings = null;
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        for (Set<String> keys = new HashSet<>(); nextField(keys); ) {
            String name = enter();
            switch (name) {
                case "version" -> p.skipChildren(); // checked before: the number 1
                case "folder" -> folder = value(this::text);
                case "articles" -> articles = value(() -> list(this::article));
                case "findings" -> findings = reviews();
                default -> unknown(extra, name);
            }
            leave();
        }
        String f = folder;
        List<ArticleEntry> a = articles;
        List<FindingNote> n = findings;
        return build(start, () -> new NoteFile(NoteFile.VERSION, f, a, n, extra));
    }

    /** The reviews; while salvaging, one per id ({@link OneReviewPerId}), the duplicates left out located. */
    private List<FindingNote> reviews() throws IOException, JsonFileException {
        List<FindingNote> read = list(this::finding);
        if (dropped == null || read == null) {
            return read;
        }
        int before = dropped.size();
        List<FindingNote> kept = OneReviewPerId.keep(read, places, displayName, dropped);
        twice += dropped.size() - before;
        return kept;
    }

    private ArticleEntry article() throws IOException, JsonFileException {
        JsonLocation start = expectObject();
        String file = null;
        String sha256 = null;
        for (Set<String> keys = new HashSet<>(); nextField(keys); ) {
            switch (enter()) {
                case "path" -> file = value(this::text);
                case "sha256" -> sha256 = value(this::text);
                default -> p.skipChildren();
            }
            leave();
        }
        String f = file;
        String h = sha256;
        return build(start, () -> new ArticleEntry(f, h));
    }

    private FindingNote finding() throws IOException, JsonFileException {
        JsonLocation start = expectObject();
        int index = path.get(path.size() - 1) instanceof Integer i ? i : 0;
        JsonLocation idAt = start;
        String id = null;
        FindingType type = null;
        String title = null;
        List<ComparedStatement> statements = null;
        Verdict verdict = null;
        Rating rating = null;
        String note = null;
        String created = null;
        String updated = null;
        List<String> formerIds = null;
        String draft = null;
        List<SetAside> setAside = null;
        String seen = null;
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        for (Set<String> keys = new HashSet<>(); nextField(keys); ) {
            String name = enter();
            switch (name) {
                case "id" -> {
                    idAt = p.currentTokenLocation();
                    id = value(this::text);
                }
                case "type" -> type = value(() -> id(FindingType::of));
                case "title" -> title = value(this::text);
                case "statements" -> statements = value(() -> list(this::compared));
                case "verdict" -> verdict = value(() -> id(Verdict::of));
                case "rating" -> rating = value(() -> id(Rating::of));
                case "note" -> note = value(this::text);
                case "created" -> created = value(this::text);
                case "updated" -> updated = value(this::text);
                case "formerIds" -> formerIds = value(() -> list(this::element));
                case "draft" -> draft = value(this::text);
                case "setAside" -> setAside = value(() -> list(this::setAside));
                case "seen" -> seen = value(this::text);
                default -> unknown(extra, name);
            }
            leave();
        }
        if (dropped != null) { // a time that is none is left out; a review keeps its other time in its place
            created = instant("created", created, start);
            updated = instant("updated", updated, start);
            seen = instant("seen", seen, start);
            created = created == null ? updated : created;
            updated = updated == null ? created : updated;
        }
        Object[] v = {id, type, title, statements, verdict, rating, note, created, updated, formerIds, draft, setAside, seen};
        FindingNote read = build(start, () -> finding(v, extra));
        if (dropped != null) {
            places.put(read, new OneReviewPerId.Place(index, idAt));
        }
        return read;
    }

    @SuppressWarnings("unchecked")
    private static FindingNote finding(Object[] v, Map<String, JsonNode> extra) {
        return new FindingNote((String) v[0], (FindingType) v[1], (String) v[2], (List<ComparedStatement>) v[3],
                (Verdict) v[4], (Rating) v[5], (String) v[6], (String) v[7], (String) v[8], (List<String>) v[9], (String) v[10],
                (List<SetAside>) v[11], (String) v[12], extra);
    }

    /** One verdict or rating set aside: {@code {"field", "value", "instead", "chosen"}} ({@link SetAside#of}). */
    private SetAside setAside() throws IOException, JsonFileException {
        JsonLocation start = expectObject();
        String[] v = texts("field", "value", "instead", "chosen");
        return build(start, () -> SetAside.of(v[0], v[1], v[2], v[3]));
    }

    /** An object's text fields {@code names}, in that order (null when absent); other fields skipped. */
    private String[] texts(String... names) throws IOException, JsonFileException {
        List<String> wanted = List.of(names);
        String[] v = new String[names.length];
        for (Set<String> keys = new HashSet<>(); nextField(keys); ) {
            int at = wanted.indexOf(enter());
            if (at >= 0) {
                v[at] = value(this::text);
            } else {
                p.skipChildren();
            }
            leave();
        }
        return v;
    }

    private ComparedStatement compared() throws IOException, JsonFileException {
        JsonLocation start = expectObject();
        String[] v = texts("file", "speaker", "party", "text", "url");
        return build(start, () -> new ComparedStatement(v[0], v[1], v[2], v[3], v[4]));
    }

    /** An element of a list of texts: text (or a number, true, false), never null. */
    private String element() throws IOException, JsonFileException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            throw mismatch("text in double quotes");
        }
        return text();
    }

    /** Text, or a number or true/false as its text (as the mapper coerced them), or null. */
    private String text() throws IOException, JsonFileException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING || t.isScalarValue()) {
            return p.getText();
        }
        throw mismatch("text in double quotes");
    }

    /** A list (null when the file says null), its elements read at their index in the path. */
    private <T> List<T> list(Read<T> element) throws IOException, JsonFileException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch("a list");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            path.add(i);
            T read = value(element);
            if (read != null) { // null: left out while salvaging
                out.add(read);
            }
            leave();
        }
        return out;
    }

    /**
     * The value at the current token, read by {@code read}. While salvaging, a value refused is left out: its
     * refusal goes to {@link #dropped}, the parser is moved past the value's end, and null comes back.
     */
    private <T> T value(Read<T> read) throws IOException, JsonFileException {
        if (dropped == null) {
            return read.read();
        }
        boolean container = p.currentToken().isStructStart();
        JsonStreamContext enclosing = container ? p.getParsingContext().getParent() : p.getParsingContext();
        int depth = path.size();
        try {
            return read.read();
        } catch (JsonFileException e) {
            dropped.add(e);
            path.subList(depth, path.size()).clear();
            while (container && !(p.currentToken() != null && p.currentToken().isStructEnd()
                    && p.getParsingContext() == enclosing)) {
                if (p.nextToken() == null) {
                    throw e;
                }
            }
            return null;
        }
    }

    /** {@code value} when it is an instant (or absent); else, while salvaging, null and its located refusal kept. */
    private String instant(String field, String value, JsonLocation start) {
        String problem = FindingNote.instantProblem(field, value);
        if (problem == null) {
            return value;
        }
        List<Object> at = new ArrayList<>(path);
        at.add(field);
        JsonLocation loc = JsonLocator.find(text, at);
        dropped.add(StrictStream.at(displayName, loc != null ? loc : start,
                JsonErrors.pathText(at) + problem.substring(field.length())));
        return null;
    }

    /**
     * Moves to the next key of the object being read and says whether there is one. While salvaging, a key the
     * object has had already is left out with its value ({@code names}: the keys seen so far), located at it: the
     * first is kept, as a strict reader would have refused the second.
     */
    private boolean nextField(Set<String> names) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (dropped == null || names.add(name)) {
                return true;
            }
            List<Object> at = new ArrayList<>(path);
            at.add(name);
            dropped.add(StrictStream.at(displayName, p.currentTokenLocation(), JsonErrors.pathText(at)
                    + ": the key " + LeftOut.TWICE + " in one object; the first is kept"));
            twice++;
            p.nextToken();
            p.skipChildren();
        }
        return false;
    }

    /** Where the object at the current token starts; refused when it is not an object. */
    private JsonLocation expectObject() throws IOException, JsonFileException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch("an object");
        }
        return p.currentTokenLocation();
    }

    /** An id such as a finding type or a verdict; an unknown one is refused at its value. */
    private <T> T id(Function<String, T> of) throws IOException, JsonFileException {
        JsonLocation at = p.currentTokenLocation();
        String id = text(); // refuses a list or an object as such
        try {
            return id == null ? null : of.apply(id);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw JsonErrors.refused(displayName, text, path, e.getMessage(), at);
        }
    }

    /** A record made from its fields; its constructor's refusal located at the value it names, else the object. */
    private <T> T build(JsonLocation start, Supplier<T> make) throws JsonFileException {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? "invalid value" : e.getMessage();
            throw JsonErrors.refused(displayName, text, path, message, start);
        }
    }

    /**
     * An unknown key's value kept in {@code extra}; while salvaging, a key repeated inside it costs only the repeat
     * and its value (the first kept, located at the repeat, as in any object of the file), never the whole field.
     */
    private void unknown(Map<String, JsonNode> extra, String name) throws IOException, JsonFileException {
        JsonNode tree = dropped == null ? value(this::tree) : value(this::salvagedTree);
        if (tree != null) {
            extra.put(name, tree);
        }
    }

    /**
     * While salvaging, an unknown key's value read by hand through {@link #nextField}, which leaves a repeated
     * key out located; a scalar read by the mapper as {@link #tree} reads it, so numbers are kept alike.
     */
    private JsonNode salvagedTree() throws IOException, JsonFileException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (Set<String> keys = new HashSet<>(); nextField(keys); ) {
                object.set(enter(), salvagedTree());
                leave();
            }
            return object;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                path.add(i);
                array.add(salvagedTree());
                path.remove(path.size() - 1);
            }
            return array;
        }
        return tree();
    }

    /**
     * An unknown key's value, kept as a tree to be written back (the mapper made only when one is met). A key
     * repeated inside it is refused, located: the tree would keep only one of the two, unsaid.
     */
    private JsonNode tree() throws IOException, JsonFileException {
        try {
            JsonNode tree = StrictJson.lenientMapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).readTree(p);
            return tree == null ? NullNode.getInstance() : tree;
        } catch (JsonProcessingException e) {
            throw JsonErrors.located(displayName, e, text);
        }
    }

    private String enter() throws IOException {
        String name = p.currentName();
        p.nextToken();
        path.add(name);
        return name;
    }

    private void leave() {
        path.remove(path.size() - 1);
    }

    private JsonFileException mismatch(String expected) throws IOException {
        return StrictStream.at(displayName, p.currentTokenLocation(),
                JsonErrors.pathText(path) + ": expected " + expected + ", found " + found());
    }

    /** What the current token is, in the file's words. */
    private String found() throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "the text \"" + shorten(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
    }
}
