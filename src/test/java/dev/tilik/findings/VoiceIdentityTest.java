package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A voice is its statement's place: its article and id. Its hash is computed once, when it is made, from the same two
 * things {@code equals} compares, and it prints as that place, not as the whole statement (an invented story: a
 * harbour office's spokeswoman on a ferry pier).
 */
class VoiceIdentityTest {

    @Test
    void theHashIsTheIdsAndTheFilesAndIsKeptFromTheStart() throws Exception {
        Voice v = RestatesCostTest.voice("004_pelabuhan.txt", "syahbandar tidak akan menutup dermaga", Stance.DENY);
        assertThat(v.hashCode()).isEqualTo(v.statement().id().hashCode() * 31 + "004_pelabuhan.txt".hashCode());
        Field kept = Voice.class.getDeclaredField("hash");
        assertThat(kept.getType()).isEqualTo(int.class);
        assertThat(Modifier.isFinal(kept.getModifiers())).isTrue();
        kept.setAccessible(true);
        assertThat(kept.getInt(v)).isEqualTo(v.hashCode());
    }

    @Test
    void twoVoicesOfOnePlaceAreOneKeyAndOtherPlacesAreNot() {
        Voice a = RestatesCostTest.voice("004_pelabuhan.txt", "syahbandar tidak akan menutup dermaga", Stance.DENY);
        Voice again = RestatesCostTest.voice("004_pelabuhan.txt", "syahbandar tidak akan menutup dermaga", Stance.DENY);
        Voice elsewhere = RestatesCostTest.voice("005_pelabuhan.txt", "syahbandar tidak akan menutup dermaga", Stance.DENY);
        Set<Voice> keys = new HashSet<>();
        keys.add(a);
        keys.add(again);
        keys.add(elsewhere);
        assertThat(a).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(elsewhere);
        assertThat(keys).hasSize(2);
    }

    @Test
    void aVoicePrintsAsItsPlace() {
        Voice v = RestatesCostTest.voice("004_pelabuhan.txt", "syahbandar tidak akan menutup dermaga", Stance.DENY);
        assertThat(v.toString()).isEqualTo("Voice[004_pelabuhan.txt " + v.statement().id() + "]");
    }
}
