package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in docs/schema name exactly the fields the rule records read: a field added
 * to a record without the schema (or docs/RULES.md) being updated fails here.
 */
class RuleSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema(String name) throws IOException {
        return JSON.readTree(Path.of("docs/schema", name + ".schema.json").toFile());
    }

    private static List<String> properties(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String[] components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }

    @Test
    void findingsSchemaMatchesTheRecords() throws IOException {
        JsonNode s = schema("findings");
        assertThat(properties(s)).containsExactlyInAnyOrder(components(FindingRules.class));
        JsonNode p = s.get("properties");
        assertThat(properties(p.get("stanceRules").get("items"))).containsExactlyInAnyOrder(components(StanceRule.class));
        assertThat(properties(p.get("numeric"))).containsExactlyInAnyOrder(components(NumericRule.class));
        assertThat(properties(p.get("weekday"))).containsExactlyInAnyOrder(components(WeekdayRule.class));
        assertThat(properties(p.get("attribution"))).containsExactlyInAnyOrder(components(AttributionRule.class));
        assertThat(properties(p.get("corroboration"))).containsExactlyInAnyOrder(components(ReportRule.class));
    }

    /** A stance rule's type in the schema is exactly the kinds {@code FindingType} says stance rules make. */
    @Test
    void findingsSchemaNamesTheKindsStanceRulesMake() throws IOException {
        List<String> inSchema = new ArrayList<>();
        schema("findings").get("properties").get("stanceRules").get("items").get("properties").get("type").get("enum")
                .forEach(n -> inSchema.add(n.asText()));
        assertThat(String.join(", ", inSchema)).isEqualTo(dev.tilik.model.FindingType.stanceRuleIds());
    }

    @Test
    void languageSchemaMatchesTheRecords() throws IOException {
        JsonNode p = schema("language").get("properties");
        assertThat(properties(schema("language"))).containsExactlyInAnyOrder(components(LanguageRules.class));
        assertThat(properties(p.get("boilerplate"))).containsExactlyInAnyOrder(components(BoilerplateRules.class));
        assertThat(properties(p.get("sentences"))).containsExactlyInAnyOrder(components(SentenceRules.class));
        assertThat(properties(p.get("statements"))).containsExactlyInAnyOrder(components(StatementRules.class));
        assertThat(properties(p.get("statements").get("properties").get("cues").get("items")))
                .containsExactlyInAnyOrder(components(CueRule.class));
        assertThat(properties(p.get("statements").get("properties").get("syntax")))
                .containsExactlyInAnyOrder(components(SyntaxWords.class));
        assertThat(properties(p.get("numbers"))).containsExactlyInAnyOrder(components(NumberRules.class));
        assertThat(properties(p.get("dates"))).containsExactlyInAnyOrder(components(DateRules.class));
    }

    @Test
    void partiesSchemaMatchesTheRecords() throws IOException {
        JsonNode s = schema("parties");
        assertThat(properties(s)).containsExactlyInAnyOrder(components(PartyRules.class));
        assertThat(properties(s.get("properties").get("parties").get("additionalProperties")))
                .containsExactlyInAnyOrder(components(PartyRules.Party.class));
    }
}
