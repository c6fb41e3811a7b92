package dev.tilik.rules;

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
import java.util.regex.Pattern;

/**
 * Loads the rule folder: {@code <lang>.json} per language (two lowercase letters), plus the shared
 * {@code parties.json} and {@code findings.json}. Every error names file, line, column and what
 * was expected. The jar carries a copy of the project's {@code rules/} for use anywhere.
 */
public final class RulesLoader {
    private static final Pattern LANGUAGE_FILE = Pattern.compile("[a-z]{2}\\.json");
    /** The rule files the jar carries, under {@code /rules/} on the classpath. */
    static final List<String> BUNDLED = List.of("parties.json", "findings.json", "id.json", "en.json");

    private RulesLoader() {
    }

    /** Loads a rules folder. */
    public static Rules load(Path dir) throws JsonFileException {
        if (!Files.isDirectory(dir)) {
            throw new JsonFileException(dir.toString(), 0, 0, "rules folder not found");
        }
        Map<String, LanguageRules> languages = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new JsonFileException(dir.toString(), 0, 0, "cannot list: " + e.getMessage());
        }
        files.sort(null);
        PartyRules parties = PartyRules.none();
        FindingRules findings = FindingRules.none();
        RulesFingerprint fingerprint = new RulesFingerprint();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String display = displayName(dir, f);
            if (name.equals("parties.json")) {
                parties = StrictJson.read(read(fingerprint, f, display), display, PartyRules.class);
            } else if (name.equals("findings.json")) {
                findings = StrictJson.read(read(fingerprint, f, display), display, FindingRules.class);
            } else if (LANGUAGE_FILE.matcher(name).matches()) {
                LanguageRules lr = StrictJson.read(read(fingerprint, f, display), display, LanguageRules.class);
                checkLanguage(display, name, lr, f);
                languages.put(lr.language(), lr);
            } else if (name.endsWith(".schema.json")) {
                continue;
            } else {
                throw new JsonFileException(display, 0, 0,
                        "unexpected rule file; expected <language>.json (e.g. id.json), parties.json or findings.json");
            }
        }
        if (languages.isEmpty()) {
            throw new JsonFileException(dir.toString(), 0, 0, "no language rules (expected e.g. id.json)");
        }
        return new Rules(dir.toString(), languages, parties, findings, fingerprint.hex());
    }

    /** The file's bytes, once: parsed and added to the fingerprint from the same read. */
    private static InputStream read(RulesFingerprint fingerprint, Path f, String display) throws JsonFileException {
        return new ByteArrayInputStream(fingerprint.add(f.getFileName().toString(), StrictJson.bytes(f, display)));
    }

    /** Loads the rules the jar carries. */
    public static Rules bundled() throws JsonFileException {
        Map<String, LanguageRules> languages = new HashMap<>();
        PartyRules parties = PartyRules.none();
        FindingRules findings = FindingRules.none();
        RulesFingerprint fingerprint = new RulesFingerprint();
        for (String name : BUNDLED) {
            String display = "bundled rules/" + name;
            try (InputStream resource = RulesLoader.class.getResourceAsStream("/rules/" + name)) {
                if (resource == null) {
                    continue;
                }
                InputStream in = new ByteArrayInputStream(fingerprint.add(name, resource.readAllBytes()));
                switch (name) {
                    case "parties.json" -> parties = StrictJson.read(in, display, PartyRules.class);
                    case "findings.json" -> findings = StrictJson.read(in, display, FindingRules.class);
                    default -> {
                        LanguageRules lr = StrictJson.read(in, display, LanguageRules.class);
                        checkLanguage(display, name, lr, null);
                        languages.put(lr.language(), lr);
                    }
                }
            } catch (IOException e) {
                throw new JsonFileException(display, 0, 0, "cannot read: " + e.getMessage());
            }
        }
        if (languages.isEmpty()) {
            throw new JsonFileException("bundled rules", 0, 0, "the jar carries no language rules");
        }
        return new Rules("bundled", languages, parties, findings, fingerprint.hex());
    }

    /** The folder if given, else {@code ./rules} when it exists, else the bundled copy. */
    public static Rules loadDefault(Path explicit) throws JsonFileException {
        if (explicit != null) {
            return load(explicit);
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local) && Files.exists(local.resolve("id.json"))) {
            return load(local);
        }
        return bundled();
    }

    /** The language a file declares must be its name; {@code file} (null for the jar's) locates the refusal. */
    private static void checkLanguage(String display, String fileName, LanguageRules lr, Path file)
            throws JsonFileException {
        String expected = fileName.substring(0, fileName.length() - ".json".length());
        if (!expected.equals(lr.language())) {
            String message = "expected \"" + expected + "\" to match the file name, got \"" + lr.language() + "\"";
            throw file == null ? new JsonFileException(display, 0, 0, "language: " + message)
                    : StrictJson.at(file, display, "language", message);
        }
    }

    private static String displayName(Path dir, Path f) {
        Path parent = dir.getFileName();
        return parent == null ? f.toString() : parent.resolve(f.getFileName()).toString();
    }
}
