package dev.tilik.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EnumIdsTest {
    enum Kind {
        FIRST_ONE, SECOND;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Test
    void findsAConstantByItsOwnId() {
        assertThat(EnumIds.of(Kind.values(), Kind::id, "first-one")).isEqualTo(Kind.FIRST_ONE);
        assertThat(EnumIds.find(Kind.values(), Kind::id, "second")).contains(Kind.SECOND);
    }

    @Test
    void anUnknownOrMissingIdIsNotFound() {
        assertThat(EnumIds.find(Kind.values(), Kind::id, "FIRST_ONE")).isEmpty();
        assertThat(EnumIds.find(Kind.values(), Kind::id, null)).isEmpty();
    }

    @Test
    void refusesNamingEveryIdInOrder() {
        assertThat(EnumIds.ids(Kind.values(), Kind::id)).isEqualTo("first-one, second");
        assertThatThrownBy(() -> EnumIds.of(Kind.values(), Kind::id, "third"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected one of first-one, second, got \"third\"");
        assertThatThrownBy(() -> EnumIds.of(Kind.values(), Kind::id, null))
                .hasMessage("expected one of first-one, second, got \"null\"");
    }
}
