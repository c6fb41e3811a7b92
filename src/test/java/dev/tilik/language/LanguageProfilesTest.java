package dev.tilik.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageProfilesTest {
    private static final Path RULES = Path.of("rules");

    /** The language files of rules/: every rules file but the shared findings and parties. */
    private static List<String> languageFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .filter(n -> !n.equals("findings") && !n.equals("parties")).sorted().toList();
        }
    }

    @Test
    void everyLanguageOfTheRulesFolderHasAProfileOfItsOwn() throws Exception {
        List<String> codes = languageFiles();
        assertThat(codes).isNotEmpty();
        Rules rules = RulesLoader.load(RULES);
        LanguageProfiles profiles = LanguageProfiles.of(rules);

        for (String code : codes) {
            LanguageProfile p = profiles.get(code).orElseThrow();
            assertThat(p.covered()).as(code).isTrue();
            assertThat(p.rules()).as(code).isSameAs(rules.forLanguage(code).orElseThrow());
            // a profile Tilik knows (stemmer, stop words, models), not one made from the rules alone
            assertThat(LanguageProfiles.known(code)).as(code).isPresent();
            assertThat(p.stopWords()).as(code).isNotSameAs(StopWords.none());
            assertThat(LanguageProfiles.fromDetectorCode(p.detectorCode())).as(code).isEqualTo(code);
        }
        assertThat(profiles.coveredProfiles()).extracting(LanguageProfile::code).containsExactlyElementsOf(codes);
        // and every language Tilik knows ships its rules
        assertThat(LanguageProfiles.knownCodes()).containsExactlyElementsOf(codes);
    }

    @Test
    void aLanguageNeitherKnownNorCoveredIsReadAsTheFirstLanguageAndYieldsNothing() throws Exception {
        LanguageProfiles profiles = LanguageProfiles.of(RulesLoader.load(RULES));

        assertThat(profiles.covers("fr")).isFalse();
        assertThat(profiles.get("fr")).isEmpty();
        assertThat(profiles.forText("fr").code()).isEqualTo(LanguageProfiles.FIRST);
        assertThat(profiles.forText("und").code()).isEqualTo(LanguageProfiles.FIRST);
        assertThat(LanguageProfiles.fromDetectorCode("fra")).isEqualTo("fra");
        assertThat(LanguageProfiles.fromDetectorCode("ind")).isEqualTo("id");
        assertThat(LanguageProfiles.fromDetectorCode("eng")).isEqualTo("en");
    }

    @Test
    void aKnownLanguageTheRulesDoNotCoverKeepsItsModelsButIsNotCovered(@TempDir Path dir) throws Exception {
        Files.copy(RULES.resolve("en.json"), dir.resolve("en.json"));
        LanguageProfiles profiles = LanguageProfiles.of(RulesLoader.load(dir));

        assertThat(profiles.covers("id")).isFalse();
        LanguageProfile id = profiles.get("id").orElseThrow();
        assertThat(id.covered()).isFalse();
        assertThat(id.sentences().trained()).isTrue();
        assertThat(id.sentences().abbreviations()).isEmpty();
        assertThat(profiles.coveredProfiles()).extracting(LanguageProfile::code).containsExactly("en");
    }

    @Test
    void aLanguageKnownOnlyFromItsRulesGetsAPlainProfile(@TempDir Path dir) throws Exception {
        Files.copy(RULES.resolve("id.json"), dir.resolve("id.json"));
        Files.writeString(dir.resolve("ms.json"), Files.readString(RULES.resolve("id.json"))
                .replace("\"language\": \"id\"", "\"language\": \"ms\""));
        LanguageProfiles profiles = LanguageProfiles.of(RulesLoader.load(dir));

        LanguageProfile ms = profiles.get("ms").orElseThrow();
        assertThat(ms.covered()).isTrue();
        assertThat(ms.tagged()).isFalse();
        assertThat(ms.wordForms().of("Mengirimkan")).containsExactly("mengirimkan");
        assertThat(ms.stopWords().contains("yang")).isFalse();
        assertThat(ms.sentences()).isEqualTo(profiles.first().sentences());
        assertThat(ms.sentences().abbreviations()).isNotEmpty();
        assertThat(ms.sentenceRules()).isEqualTo(ms.rules().sentences());
    }

    @Test
    void rulesOfAnotherLanguageAreRefused() throws Exception {
        Rules rules = RulesLoader.load(RULES);
        LanguageProfile id = LanguageProfiles.known("id").orElseThrow();
        assertThatThrownBy(() -> new LanguageProfile("id", "ind", id.sentences(), null, id.wordForms(), id.stopWords(),
                rules.forLanguage("en").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"en\"");
    }

    @Test
    void inflectedFormsMeetTheirRoot() {
        WordForms id = LanguageProfiles.known("id").orElseThrow().wordForms();
        for (String w : List.of("mengirimkan", "pengiriman", "dikirim", "kirim", "dikirimkan")) {
            assertThat(id.of(w)).as(w).contains("kirim");
        }
        assertThat(id.of("persenjataan")).contains("senjata");
        assertThat(id.of("pasukan")).doesNotContainAnyElementsOf(id.of("pasokan"));
        assertThat(LanguageProfiles.known("en").orElseThrow().wordForms().of("troops")).contains("troop");
    }

    @Test
    void stopWordsAreTheLanguagesOwnAnyCase() {
        StopWords id = LanguageProfiles.known("id").orElseThrow().stopWords();
        StopWords en = LanguageProfiles.known("en").orElseThrow().stopWords();
        assertThat(id.contains("yang")).isTrue();
        assertThat(id.contains("Kemarin")).isTrue();
        assertThat(id.contains("banjir")).isFalse();
        assertThat(en.contains("the")).isTrue();
        assertThat(en.contains("yesterday")).isTrue();
        assertThat(en.contains("yang")).isFalse();
    }
}
