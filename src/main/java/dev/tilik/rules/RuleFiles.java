package dev.tilik.rules;

import dev.tilik.json.JsonBytes;
import dev.tilik.json.JsonErrors;
import dev.tilik.json.JsonFileException;
import dev.tilik.json.StrictJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rule files of a folder or of the jar, read and fingerprinted but not yet parsed. A cached
 * analysis needs only the rules' fingerprint and origin, and parsing them is Jackson's first use —
 * most of what a small folder's reopen costs — so reading and parsing are two steps: {@link #parse}
 * turns the files into {@link Rules} at once, every error located, and {@link #parseLater} gives
 * rules that parse on their first use, for files this build has parsed before (their fingerprint
 * says so, see {@code ArticleCache.rulesParsed}): the same bytes parse the same way, so that cannot
 * fail.
 */
public final class RuleFiles {
    private static final Pattern LANGUAGE_FILE = Pattern.compile("[a-z]{2}\\.json");
    /** The rule files the jar carries, under {@code /rules/} on the classpath. */
    static final List<String> BUNDLED = List.of("parties.json", "findings.json", "id.json", "en.json");
    static final String BUNDLED_ORIGIN = "bundled";

    /**
     * One file as read: its name, what errors call it, where it lies (null inside the jar), its bytes
     * (null for a name that is no rule file: refused when parsed, in its place in the order).
     */
    private record File(String name, String display, Path path, byte[] bytes) {
    }

    private final String origin;
    private final boolean inJar;
    private final List<File> files;
    private final String fingerprint;

    private RuleFiles(String origin, boolean inJar, List<File> files, String fingerprint) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.inJar = inJar;
        this.files = List.copyOf(files);
        this.fingerprint = fingerprint;
    }

    /** Where the files come from: the folder as named, or {@code bundled}. */
    public String origin() {
        return origin;
    }

    /** Hex SHA-256 over every file's name, length and bytes in the order read ({@link RulesFingerprint}). */
    public String fingerprint() {
        return fingerprint;
    }

    /** Reads the {@code *.json} files of a rules folder in name order (schemas left out). */
    public static RuleFiles read(Path dir) throws JsonFileException {
        if (!Files.isDirectory(dir)) {
            throw new JsonFileException(dir.toString(), 0, 0, "rules folder not found");
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(paths::add);
        } catch (IOException e) {
            throw new JsonFileException(dir.toString(), 0, 0, "cannot list: " + e.getMessage());
        }
        paths.sort(null);
        RulesFingerprint fingerprint = new RulesFingerprint();
        List<File> files = new ArrayList<>();
        for (Path f : paths) {
            String name = f.getFileName().toString();
            String display = displayName(dir, f);
            if (name.endsWith(".schema.json")) {
                continue;
            }
            if (!isRuleFile(name)) {
                files.add(new File(name, display, f, null)); // refused by parse, after the files before it
                fingerprint.add(name, new byte[0]);
                break;
            }
            files.add(new File(name, display, f, fingerprint.add(name, JsonBytes.read(f, display))));
        }
        return new RuleFiles(dir.toString(), false, files, fingerprint.hex());
    }

    /** Reads the rule files the jar carries. */
    public static RuleFiles bundled() throws JsonFileException {
        RulesFingerprint fingerprint = new RulesFingerprint();
        List<File> files = new ArrayList<>();
        for (String name : BUNDLED) {
            String display = "bundled rules/" + name;
            try (InputStream resource = RuleFiles.class.getResourceAsStream("/rules/" + name)) {
                if (resource != null) {
                    files.add(new File(name, display, null, fingerprint.add(name, resource.readAllBytes())));
                }
            } catch (IOException e) {
                throw JsonErrors.unreadable(display, e);
            }
        }
        return new RuleFiles(BUNDLED_ORIGIN, true, files, fingerprint.hex());
    }

    /** The rules these files hold, parsed now; every refusal names the file and the place in it. */
    public Rules parse() throws JsonFileException {
        Map<String, LanguageRules> languages = new HashMap<>();
        PartyRules parties = PartyRules.none();
        FindingRules findings = FindingRules.none();
        for (File f : files) {
            if (f.bytes() == null) {
                throw new JsonFileException(f.display(), 0, 0,
                        "unexpected rule file; expected <language>.json (e.g. id.json), parties.json or findings.json");
            }
            InputStream in = new ByteArrayInputStream(f.bytes());
            if (f.name().equals("parties.json")) {
                parties = StrictJson.read(in, f.display(), PartyRules.class);
            } else if (f.name().equals("findings.json")) {
                findings = StrictJson.read(in, f.display(), FindingRules.class);
            } else {
                LanguageRules lr = StrictJson.read(in, f.display(), LanguageRules.class);
                checkLanguage(f, lr);
                languages.put(lr.language(), lr);
            }
        }
        if (languages.isEmpty()) {
            throw inJar ? new JsonFileException("bundled rules", 0, 0, "the jar carries no language rules")
                    : new JsonFileException(origin, 0, 0, "no language rules (expected e.g. id.json)");
        }
        return new Rules(origin, languages, parties, findings, fingerprint);
    }

    /**
     * Rules that parse these files on their first use. Only for files known to parse — this build
     * parsed files with this very fingerprint before —, since a refusal could no longer be told
     * to the user where it belongs (before any screen opens).
     */
    public Rules parseLater() {
        return new Rules(this);
    }

    private static boolean isRuleFile(String name) {
        return name.equals("parties.json") || name.equals("findings.json") || LANGUAGE_FILE.matcher(name).matches();
    }

    /** The language a file declares must be its name; a folder's file locates the refusal in it. */
    private static void checkLanguage(File f, LanguageRules lr) throws JsonFileException {
        String expected = f.name().substring(0, f.name().length() - ".json".length());
        if (!expected.equals(lr.language())) {
            String message = "expected \"" + expected + "\" to match the file name, got \"" + lr.language() + "\"";
            throw f.path() == null ? new JsonFileException(f.display(), 0, 0, "language: " + message)
                    : StrictJson.at(f.path(), f.display(), "language", message);
        }
    }

    private static String displayName(Path dir, Path f) {
        Path parent = dir.getFileName();
        return parent == null ? f.toString() : parent.resolve(f.getFileName()).toString();
    }
}
