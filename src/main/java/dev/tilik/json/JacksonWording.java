package dev.tilik.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the Jackson errors a hand-edited file meets, so that each names what was expected and
 * what was found in the file's own terms (key, list, object, text, number), never Jackson's (Java
 * types, tokens, creators, "code 34", "[Source: REDACTED …]"): a repeated key, text after the
 * top-level value, an unknown key, a value of the wrong kind, a syntax slip, an early end.
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
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown key \"" + u.getPropertyName() + "\"; expected one of " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (original != null && original.startsWith("No content to map")) {
            return "no JSON value in the file (it is empty, or holds only comments); expected an object";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && original != null) {
            String found = found(m);
            if (found != null) {
                return "expected " + expected(m.getTargetType()) + ", found " + found;
            }
        }
        return original == null ? null : syntax(original);
    }

    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\('(.+?)' \\(code \\d+\\)\\)(?: in [a-z ]+)?: (?:was )?expect(?:ing|ed) (.*)", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)': was expecting .*", Pattern.DOTALL);
    private static final Pattern UNCLOSED = Pattern.compile("Unexpected end-of-input: expected close marker for "
            + "(Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)\\]\\).*", Pattern.DOTALL);
    private static final String A_VALUE = "a value (text in double quotes, a number, a list, an object, true, false or null)";

    /** A syntax error in words, or null to keep Jackson's first line. */
    private static String syntax(String original) {
        Matcher m = UNEXPECTED.matcher(original);
        if (m.matches()) {
            String want = m.group(2);
            String expected = want.startsWith("double-quote to start field name") ? "a key in double quotes"
                    : want.startsWith("a colon") ? "':' after the key"
                    : want.startsWith("comma to separate Object") ? "',' or '}'"
                    : want.startsWith("comma to separate Array") ? "',' or ']'"
                    : want.startsWith("a valid value") || want.startsWith("a value") ? A_VALUE
                    : want.replaceAll("\\s*\\(.*", "");
            return "expected " + expected + ", found '" + m.group(1) + "'";
        }
        m = TOKEN.matcher(original);
        if (m.matches()) {
            return "expected " + A_VALUE + ", found '" + m.group(1) + "'";
        }
        m = UNCLOSED.matcher(original);
        if (m.matches()) {
            boolean object = m.group(1).equals("Object");
            return "the file ends inside the " + (object ? "object" : "list") + " opened at line " + m.group(2)
                    + ", column " + m.group(3) + "; expected its closing " + (object ? "'}'" : "']'");
        }
        if (original.startsWith("Unexpected end-of-input in a comment")) {
            return "the file ends inside a comment; expected its closing */";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "the file ends too early; " + original.replaceFirst("Unexpected end-of-input:?\\s*", "")
                    .replaceAll("\\s*\\[Source:.*", "").replace("was expecting", "expected");
        }
        return null;
    }

    /** What a Java type is in a JSON file's words. */
    private static String expected(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class || type.isEnum() || takesText(type)) {
            return "text in double quotes";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "an object";
    }

    /** A value type built from a string by a {@code @JsonCreator} (a regular expression, a stance id). */
    private static boolean takesText(Class<?> type) {
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonCreator.class) && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == String.class) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FROM = Pattern.compile(
            "from (Array|Object|String|Integer|Floating-point|Number|Boolean|Null)(?: value)?(?: \\(([^`]*?)\\))?");

    /** What the file holds where Jackson wanted something else, from its message ("from Array value"). */
    private static String found(MismatchedInputException m) {
        Matcher f = FROM.matcher(m.getOriginalMessage());
        if (!f.find()) {
            return null;
        }
        String value = f.group(2) == null ? "" : f.group(2).replaceAll("^'|'$", "");
        return switch (f.group(1)) {
            case "Array" -> "a list";
            case "Object" -> "an object";
            case "String" -> value.isEmpty() ? "text" : "the text \"" + shorten(value) + "\"";
            case "Boolean" -> value.isEmpty() ? "true or false" : value;
            case "Null" -> "null";
            default -> value.isEmpty() ? "a number" : "the number " + shorten(value);
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
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
