package dev.tilik.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's folder and rules markers, on their own: keyed by build, shared across processes, made young on use. */
class CacheMarkersTest {
    @TempDir
    Path root;

    @Test
    void aFolderIsKnownOnceRememberedUnderThisBuildOnly() {
        CacheMarkers markers = new CacheMarkers(root, "b1");
        Path folder = Path.of("articles");
        assertThat(markers.knows(folder)).isFalse();
        markers.remember(folder);
        assertThat(markers.knows(folder.toAbsolutePath())).as("the same folder however named").isTrue();
        assertThat(new CacheMarkers(root, "b1").knows(folder)).as("another process of this build").isTrue();
        assertThat(new CacheMarkers(root, "b2").knows(folder)).as("another build").isFalse();
        assertThat(markers.knows(Path.of("other"))).isFalse();
        assertThat(markers.folderMarker(folder)).startsWith(root.resolve("folders")).isEmptyFile();
    }

    @Test
    void rulesAreParsedOnlyForTheirFingerprintAndBuild() {
        CacheMarkers markers = new CacheMarkers(root, "b1");
        assertThat(markers.rulesParsed("f1")).isFalse();
        markers.rememberRulesParsed("f1");
        assertThat(markers.rulesParsed("f1")).isTrue();
        assertThat(markers.rulesParsed("f2")).isFalse();
        assertThat(new CacheMarkers(root, "b2").rulesParsed("f1")).isFalse();
        assertThat(markers.rulesMarker("f1")).startsWith(root.resolve("rules"));
        assertThat(markers.rulesMarker("f1")).isNotEqualTo(markers.folderMarker(Path.of("f1")));
    }

    @Test
    void rememberingAgainMakesTheMarkerYoung() throws IOException {
        CacheMarkers markers = new CacheMarkers(root, "b1");
        markers.remember(Path.of("articles"));
        Path marker = markers.folderMarker(Path.of("articles"));
        Files.setLastModifiedTime(marker, FileTime.fromMillis(0));
        markers.remember(Path.of("articles"));
        assertThat(Files.getLastModifiedTime(marker).toMillis()).isGreaterThan(0);
    }

    @Test
    void aMarkerThatCannotBeWrittenIsNotKnownAndNothingIsThrown() throws IOException {
        Files.writeString(root.resolve("folders"), "a file where the folder should be");
        CacheMarkers markers = new CacheMarkers(root, "b1");
        markers.remember(Path.of("articles"));
        assertThat(markers.knows(Path.of("articles"))).isFalse();
    }

    @Test
    void theCacheAsksItsMarkersOnlyWhenItIsUsable() {
        ArticleCache off = new ArticleCache(root, 0, "b1");
        off.remember(Path.of("articles"));
        off.rememberRulesParsed("f1");
        assertThat(new CacheMarkers(root, "b1").knows(Path.of("articles"))).isFalse();
        assertThat(new CacheMarkers(root, "b1").rulesParsed("f1")).isFalse();
        ArticleCache on = new ArticleCache(root, Long.MAX_VALUE, "b1");
        on.rememberRulesParsed("f1");
        assertThat(new CacheMarkers(root, "b1").rulesParsed("f1")).isTrue();
        assertThat(on.rulesParsed(null)).isFalse();
    }
}
