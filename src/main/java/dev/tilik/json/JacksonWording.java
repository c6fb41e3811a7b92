package dev.tilik.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the Jackson errors a hand-edited file meets most, so that each names what was expected:
 * a repeated key, and text after the top-level value (which Jackson reports either as a trailing
 * token or, for a comma, as a value it could not start).
 */
final class JacksonWording {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");

    private JacksonWording() {
    }

    /** The message to show for {@code e}, or null when Jackson's own wording already says what was expected. */
    static String reword(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        Matcher dup = original == null ? null : DUPLICATE.matcher(original);
        if (dup != null && dup.lookingAt()) {
            return dup.group() + ": expected each key once in an object (a second one would silently replace the first)";
        }
        boolean trailing = e instanceof StreamReadException || original != null && original.startsWith("Trailing token");
        if (trailing && e.getCause() == null && afterTopLevelValue(e)) {
            return "expected the end of the file after the closing bracket of the top-level value, found more text";
        }
        return null;
    }

    private static boolean afterTopLevelValue(JsonProcessingException e) {
        Object processor = e instanceof StreamReadException s ? s.getProcessor()
                : e instanceof JsonMappingException m ? m.getProcessor() : null;
        if (!(processor instanceof JsonParser p)) {
            return false;
        }
        JsonStreamContext ctx = p.getParsingContext();
        return ctx != null && ctx.inRoot() && ctx.getEntryCount() > 0;
    }
}
