package io.linecare.communication.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTemplateEngineTest {

    private final SafeTemplateEngine engine = new SafeTemplateEngine();
    private final Map<String, Object> model = Map.of("name", "Zhang Wei");

    @Test
    void secureUberspectorBlocksReflection() throws Exception {
        Path marker = Path.of("/tmp/linecare-velocity-rce");
        Files.deleteIfExists(marker);

        assertThatThrownBy(() -> engine.render("test/reflection.vm", model, Escaping.NONE))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("test/reflection.vm");
        assertThat(marker).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"test/classloader.vm", "test/class-property.vm"})
    void secureUberspectorBlocksClassAndClassLoaderAccess(String template) {
        assertThatThrownBy(() -> engine.render(template, model, Escaping.NONE))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining(template);
    }

    @ParameterizedTest
    @ValueSource(strings = {"test/parse-parent.vm", "test/parse-absolute.vm", "test/include-parent.vm", "test/parse-other-folder.vm"})
    void parseAndIncludeOutsideTemplatesAreRefused(String template) {
        assertThatThrownBy(() -> engine.render(template, model, Escaping.NONE))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining(template);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../application.yaml", "/etc/passwd", "application.yaml", "templates/email/x.vm",
            "email/../../application.yaml", "email\\x.vm", "file:/etc/passwd"})
    void templateNamesOutsideTemplatesAreRefused(String name) {
        assertThat(engine.exists(name)).isFalse();
        assertThatThrownBy(() -> engine.render(name, model, Escaping.NONE))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining(name);
    }

    @Test
    void parseInsideTemplatesWorks() {
        assertThat(engine.render("test/parse-inside.vm", model, Escaping.NONE)).isEqualTo("before fragment of Zhang Wei after\n");
    }

    @Test
    void missingValueIsAnErrorNamingTemplateAndValue() {
        assertThatThrownBy(() -> engine.render("test/missing-value.vm", model, Escaping.NONE))
                .isInstanceOfSatisfying(TemplateRenderingException.class,
                        e -> assertThat(e.missingValues()).containsExactly("nobody"))
                .hasMessageContaining("test/missing-value.vm")
                .hasMessageContaining("nobody");
    }

    @Test
    void unknownTemplateIsAnError() {
        assertThat(engine.exists("email/no-such-message.en.vm")).isFalse();
        assertThatThrownBy(() -> engine.render("email/no-such-message.en.vm", model, Escaping.NONE))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("email/no-such-message.en.vm")
                .hasMessageContaining("not found");
    }

    @Test
    void escapesOnlyWhenAskedAndReadsUtf8() {
        Map<String, Object> evil = Map.of("name", "<script>alert(1)</script>");
        assertThat(engine.render("test/escaping.vm", evil, Escaping.HTML)).isEqualTo("<b>&lt;script&gt;alert(1)&lt;/script&gt;</b> 你好\n");
        assertThat(engine.render("test/escaping.vm", evil, Escaping.NONE)).isEqualTo("<b><script>alert(1)</script></b> 你好\n");
    }

    @Test
    void rendersOneBlockWithItsOwnEscaping() {
        Map<String, Object> evil = Map.of("name", "a&b");
        assertThat(engine.renderBlock("test/block.vm", "part", evil, Escaping.HTML)).isEqualTo("<i>a&amp;b</i>");
        assertThat(engine.renderBlock("test/block.vm", "part", evil, Escaping.NONE)).isEqualTo("<i>a&b</i>");
        assertThatThrownBy(() -> engine.renderBlock("test/block.vm", "other", evil, Escaping.NONE))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("$other");
    }
}
