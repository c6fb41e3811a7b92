package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A demonstrative in an adverbial opening the claim with a clause break and set off by a comma ("Saat itu, …",
 * "Karena hal tersebut, …") says when or why; the claim's subject comes after it, and the claim has words of its
 * own — held back while findings are made and shown as the assertion it is — where a subject that points back
 * itself ("Langkah tersebut …") is about what was said before. Team-written copy: a police raid on a workshop.
 */
class AdverbialSubjectTest {
    private static final String RAID = "Polisi menemukan puluhan senjata rakitan di sebuah bengkel las di pinggir kota, "
            + "kata Kapolres Budi Hartono.\n\nSaat itu, pemilik bengkel sedang melayani dua pembeli dari kecamatan "
            + "lain, ujar Budi.\n\nLangkah tersebut sudah sesuai prosedur penggeledahan, ujar Budi.";

    private static Statement holding(List<Statement> all, String words) {
        return all.stream().filter(s -> s.claim().coveredText(RAID).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement holds " + words + ": " + all));
    }

    @Test
    void aDemonstrativeInAnOpeningAdverbialLeavesTheClaimItsOwnWords() {
        List<Statement> all = Extract.id(RAID);

        Statement when = holding(all, "pemilik bengkel sedang melayani");
        assertThat(when.basis()).isEqualTo(StanceBasis.OWN_WORDS);
        assertThat(StanceBasis.shownAs(when).stance()).isEqualTo(dev.tilik.model.Stance.ASSERT);

        Statement back = holding(all, "sudah sesuai prosedur");
        assertThat(back.basis()).as("a subject that points back").isNotEqualTo(StanceBasis.OWN_WORDS);
    }
}
