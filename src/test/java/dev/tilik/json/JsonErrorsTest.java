package dev.tilik.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {

    /** What a record's constructor throws reaches the reader wrapped by Jackson; running out of heap is not the file's fault. */
    @Test
    void anOutOfMemoryErrorWrappedByJacksonIsRethrownNotLocated() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        JsonMappingException wrapped = new JsonMappingException(null, "Java heap space", oom);
        assertThatThrownBy(() -> JsonErrors.located("rules/en.json", wrapped, null)).isSameAs(oom);
    }

    @Test
    void aConstructorsOwnRefusalIsStillLocatedWithItsMessage() {
        JsonMappingException wrapped = new JsonMappingException(null, "wrapped",
                new IllegalArgumentException("pattern must not be empty"));
        assertThat(JsonErrors.located("rules/en.json", wrapped, null).getMessage())
                .contains("rules/en.json").contains("pattern must not be empty");
    }
}
