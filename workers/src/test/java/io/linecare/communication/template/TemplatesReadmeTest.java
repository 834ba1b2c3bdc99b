package io.linecare.communication.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.linecare.communication.MessageType;

/** templates/README.md's table of required values is the one the code enforces. */
class TemplatesReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| ([^|]+) \\|[^|]*\\| (yes|no) \\|$", Pattern.MULTILINE);

    @Test
    void readmeTableMatchesMessageTypes() throws IOException {
        String readme;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/README.md")) {
            assertThat(in).as("templates/README.md on the classpath").isNotNull();
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        Map<String, Boolean> singlePart = new LinkedHashMap<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            documented.put(m.group(1), Arrays.stream(m.group(2).split(",")).map(String::strip).collect(Collectors.toSet()));
            singlePart.put(m.group(1), m.group(3).equals("yes"));
        }

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(MessageType.values()).map(MessageType::templateName).toList());
        for (MessageType type : MessageType.values()) {
            assertThat(documented.get(type.templateName())).as(type.templateName()).isEqualTo(type.requiredValues());
            assertThat(singlePart.get(type.templateName())).as(type.templateName()).isEqualTo(type.smsSinglePart());
        }
    }
}
