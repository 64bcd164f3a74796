package io.orgbridge.integration.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HclWriterTest {

    @Test
    void shouldEscapeQuotesAndInterpolation() {
        // when
        String written = HclWriter.string("a \"b\" ${c} %{d} \\e");

        // then
        assertThat(written).isEqualTo("\"a \\\"b\\\" $${c} %%{d} \\\\e\"");
    }

    @Test
    void shouldQuoteNonIdentifierKeys() {
        // given
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("Effect", "Allow");
        value.put("sts:ExternalId", List.of("one", "two"));
        value.put("Enabled", true);

        // when
        String written = HclWriter.expression(value, 0);

        // then
        assertThat(written)
                .isEqualTo("{\n  Effect = \"Allow\"\n  \"sts:ExternalId\" = [\n    \"one\",\n    \"two\",\n  ]\n"
                        + "  Enabled = true\n}");
    }
}
