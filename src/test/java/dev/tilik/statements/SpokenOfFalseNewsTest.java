package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A dismissal as the subject of its clause ({@code StanceClassifier.subjectOfItsClause}): what false news does is said,
 * no claim is called false. Invented sentences.
 */
class SpokenOfFalseNewsTest {

    @Test
    void falseNewsFollowedByItsVerbGroupIsSpokenOf() {
        assertThat(Extract.one("id", "Kapolsek mengatakan berita bohong bisa memicu kepanikan warga desa.").stance())
                .isEqualTo(Stance.ASSERT);
        assertThat(Extract.one("id", "Kapolsek mengatakan berita bohong bisa menimbulkan persepsi yang keliru di masyarakat.")
                .stance()).as("a dismissal word inside what false news does").isEqualTo(Stance.ASSERT);
        assertThat(Extract.one("id", "Kapolsek menambahkan penyebaran hoaks semacam ini dapat mengganggu ketertiban warga.")
                .stance()).isEqualTo(Stance.ASSERT);
        assertThat(Extract.one("id", "Kapolsek menambahkan penyebaran hoaks seperti itu berpotensi mengganggu ketertiban.")
                .stance()).isEqualTo(Stance.ASSERT);
        assertThat(Extract.one("en", "The police chief said fake news could cause panic among residents.").stance())
                .as("a hedge of what it may do, no denial").isNotEqualTo(Stance.DENY);
    }

    @Test
    void aDismissalThatIsThePredicateStillDenies() {
        Extract.takes(Stance.DENY, "id",
                "Kapolsek mengatakan kabar jembatan ambruk itu hoaks.",
                "Camat menegaskan informasi tersebut hoaks dan bisa dicek di kanal resmi.",
                "Camat menegaskan kabar itu tidak mungkin bisa benar.",
                "Camat menegaskan kabar jembatan ambruk merupakan berita bohong.");
        Extract.takes(Stance.DENY, "en", "The mayor said the report was false and could mislead residents.");
    }
}
