package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tilik.json.JsonFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken rule files, one slip each (the hostile-input suite, issue 11): every refusal names the
 * file, the line and column of the value at fault (marked {@code ▸} in the table) and what was
 * expected, in the file's words — never Jackson's (Java types, tokens, creators, "code 34").
 */
class BrokenRulesTest {
    /** Where the error must point, in a case's replacement text. */
    private static final String HERE = "▸";
    private static final Pattern JACKSON = Pattern.compile(
            "`|java\\.|dev\\.tilik|Jackson|JsonToken|token|\\(code \\d+\\)|Source:|REDACTED|Creator|deserializ"
                    + "|Unrecognized|ignorable|instance of|end-of-input|START_|VALUE_",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;

    /**
     * @param file    the rule file broken
     * @param find    text of the project's file to replace (its first occurrence), or null to write
     *                {@code replace} as the whole file
     * @param replace the new text, with {@link #HERE} where the error must point (none: the whole file)
     * @param message what the error must say after {@code file:line:col: }
     */
    record Slip(String file, String find, String replace, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    static Stream<Slip> slips() {
        return Stream.of(
                new Slip("id.json", "\"language\": \"id\"", "\"language\": ▸\"en\"",
                        "language: expected \"id\" to match the file name, got \"en\""),
                new Slip("id.json", "\"language\": \"id\",", "\"language\": \"id\", \"bogus\": ▸1,",
                        "unknown key \"bogus\"; expected one of boilerplate, dates, language, numbers, sentences, statements"),
                new Slip("id.json", "\"cutFrom\": [", "\"cutFrom\": [], \"cutOff\": ▸[",
                        "boilerplate: unknown key \"cutOff\"; expected one of cutFrom, lines, sourcePrefix"),
                new Slip("id.json", "\"lines\": [", "\"lines\": [▸\"(unclosed\", ",
                        "boilerplate.lines[0]: bad regular expression: missing closing )"),
                new Slip("id.json", "\"lines\": [", "\"lines\": [▸\"(?U)x\", ",
                        "boilerplate.lines[0]: the U flag means ungreedy in RE2/J; write lazy quantifiers (*?) instead"),
                new Slip("id.json", "\"lines\": [", "\"lines\": [▸\"((a{1000}){1000}){1000}\", ",
                        "boilerplate.lines[0]: repeat count over 100 in {1000}"),
                new Slip("id.json", "\"cutFrom\": [\"Berita Terkait\", \"Artikel Terkait\"]", "\"cutFrom\": ▸5",
                        "boilerplate.cutFrom: expected a list, found a number"),
                new Slip("id.json", "\"language\": \"id\",", "\"language\": \"id\", \"language\"▸: \"id\",",
                        "Duplicate field 'language': expected each key once in an object (a second one would silently"
                                + " replace the first)"),
                new Slip("id.json", "\"language\": \"id\",", "\"language\" ▸\"id\",", "expected ':' after the key, found '\"'"),
                new Slip("id.json", "\"language\": \"id\",", "▸language: \"id\",", "expected a key in double quotes, found 'l'"),
                new Slip("id.json", "\"language\": \"id\",", "\"language\": \"id\",▸,", "expected a key in double quotes, found ','"),
                new Slip("id.json", "{\"word\": \"membantah\", \"stance\": \"deny\"}",
                        "{\"word\": \"membantah\", \"stance\": ▸\"denied\"}", "expected one of"),
                new Slip("findings.json", "\"troops\": [\"troops\"],", "\"troops\": [\"troops\"], \"t2\": ▸[\"troops\"],",
                        "topicGroups.t2: topic \"troops\" is in groups \"troops\" and \"t2\"; expected each topic in one group"),
                new Slip("findings.json", "\"troops\": [\"troops\"],", "\"troops\": ▸[],",
                        "topicGroups.troops: expected a non-empty list of topic ids"),
                new Slip("findings.json", "\"id\": \"deny_vs_conditional\",", "\"id\": ▸\"Deny Vs\",",
                        "stanceRules[0]: id: expected a rule id of lower-case letters, digits and _ (e.g. \"deny_vs_assert\"),"
                                + " got \"Deny Vs\""),
                new Slip("findings.json", "\"id\": \"deny_vs_assert\",", "\"id\": ▸\"deny_vs_conditional\",",
                        "stanceRules[1].id: rule id \"deny_vs_conditional\" is already used by stanceRules[0].id; expected"
                                + " unique ids"),
                new Slip("findings.json", "\"withinDays\": 60", "\"withinDays\": ▸\"sixty\"",
                        "stanceRules[1].withinDays: expected a number, found text"),
                new Slip("findings.json", "\"topicGroups\": {\n    \"troops\": [\"troops\"],\n    \"weapons\": [\"weapons\"]\n  }",
                        "\"topicGroups\": ▸[]", "topicGroups: expected an object, found a list"),
                new Slip("parties.json", "\"aliases\": [", "\"aliases\": [▸\"\", ",
                        "aliases[0]: expected a name, found an empty alias (an empty alias would match everywhere)"),
                new Slip("parties.json", "\"aliases\": [", "\"aliases\": ▸7, \"more\": [",
                        "parties.DPRK.aliases: expected a list, found a number"),
                new Slip("id.json", null, "", "no JSON value in the file (it is empty, or holds only comments); expected an object"),
                new Slip("id.json", null, "// only a comment\n", "no JSON value in the file (it is empty, or holds only comments);"
                        + " expected an object"),
                new Slip("id.json", null, "▸[]", "expected an object, found a list"),
                new Slip("id.json", null, "▸5", "expected an object, found the number 5"),
                new Slip("id.json", null, "▸\"x\"", "expected an object, found the text \"x\""),
                new Slip("id.json", null, "▸null", "expected a JSON object, found null"),
                new Slip("id.json", null, "{▸", "the file ends inside the object opened at line 1, column 1; expected its closing '}'"),
                new Slip("id.json", null, "{\"boilerplate\": {\"lines\": [\"a\", \"b\"▸", "the file ends inside the list opened at line 1, column 27;"
                        + " expected its closing ']'"),
                new Slip("id.json", null, "{\"language\": \"id\" /* no end▸", "the file ends inside a comment; expected its closing */"),
                new Slip("id.json", null, "{\"language\": tru▸}", "expected a value (text in double quotes, a number, a list, an"
                        + " object, true, false or null), found 'tru'"),
                new Slip("id.json", null, "{\"language\": \"id\", \"statements\": {}} x▸", "expected the end of the file after the"
                        + " closing bracket of the top-level value, found more text"));
    }

    @ParameterizedTest
    @MethodSource("slips")
    void eachSlipIsNamedAtItsPlaceInTheFilesWords(Slip slip) throws IOException {
        for (String name : List.of("id.json", "en.json", "findings.json", "parties.json")) {
            Files.copy(Path.of("rules", name), dir.resolve(name));
        }
        Path file = dir.resolve(slip.file());
        String text;
        if (slip.find() == null) {
            text = slip.replace();
        } else {
            String original = Files.readString(file);
            int at = original.indexOf(slip.find());
            assertThat(at).as("the project's %s holds %s", slip.file(), slip.find()).isNotNegative();
            text = original.substring(0, at) + slip.replace() + original.substring(at + slip.find().length());
        }
        int here = text.indexOf(HERE);
        Files.writeString(file, text.replace(HERE, ""));

        JsonFileException e = catchThrowableOfType(JsonFileException.class, () -> RulesLoader.load(dir));

        assertThat(e).as("refused").isNotNull();
        String where = dir.getFileName() + "/" + slip.file();
        if (here < 0) {
            assertThat(e.getMessage()).isEqualTo(where + ": " + slip.message());
        } else {
            String before = text.substring(0, here);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = here - before.lastIndexOf('\n');
            assertThat(e.getMessage()).startsWith(where + ":" + line + ":" + column + ": ").contains(slip.message());
        }
        assertThat(JACKSON.matcher(e.getMessage()).find()).as("Jackson's wording in %s", e.getMessage()).isFalse();
    }
}
