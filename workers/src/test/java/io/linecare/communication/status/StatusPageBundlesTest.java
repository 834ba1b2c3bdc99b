package io.linecare.communication.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The status site speaks both languages fully: every text the English bundle has, the Chinese one has. */
class StatusPageBundlesTest {

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Properties english = load("/i18n/status-page.properties");
        Properties chinese = load("/i18n/status-page_zh_CN.properties");

        assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(english.getProperty("cancellation.goesThrough")).contains("will go through");
        assertThat(chinese.getProperty("cancellation.goesThrough")).contains("生效");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StatusPageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
