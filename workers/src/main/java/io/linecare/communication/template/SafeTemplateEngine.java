package io.linecare.communication.template;

import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.Renderable;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.springframework.stereotype.Component;

/**
 * A Velocity 2.4 engine configured to be safe for customer messages:
 * <ul>
 * <li>{@link SecureUberspector}: no reflection ({@code $x.getClass().forName(..)}), no class loaders, no
 * {@code Runtime}/{@code ProcessBuilder}/{@code System}, no methods of restricted packages;</li>
 * <li>strict mode: a missing value or method is an error, never a literal {@code $name} in a customer's mail;</li>
 * <li>UTF-8 input; templates only from {@code templates/} on the classpath ({@link TemplatesOnlyResourceLoader}),
 * also for {@code #parse} and {@code #include};</li>
 * <li>parsed templates cached, never reloaded;</li>
 * <li>HTML escaping of every reference when asked for ({@link Escaping#HTML}).</li>
 * </ul>
 * Thread-safe.
 */
@Component
public class SafeTemplateEngine {

    /** Macros shared by all templates (the HTML frame of emails). */
    public static final String MACRO_LIBRARY = "email/_layout.vm";

    /** Velocity's strict-mode message for a reference that is not in the context. */
    private static final Pattern NOT_SET = Pattern.compile("Variable \\$\\{?!?([A-Za-z][A-Za-z0-9_]*)\\}? has not been set");
    private static final Pattern NULL_VALUE = Pattern.compile("Reference \\$\\{?!?([A-Za-z][A-Za-z0-9_]*)\\}? evaluated to null");

    private final VelocityEngine velocity;

    public SafeTemplateEngine() {
        velocity = new VelocityEngine(configuration());
        velocity.init();
    }

    static Properties configuration() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "templates");
        p.setProperty("resource.loader.templates.class", TemplatesOnlyResourceLoader.class.getName());
        p.setProperty("resource.loader.templates.cache", "true");
        p.setProperty("resource.loader.templates.modification_check_interval", "0");
        p.setProperty("resource.manager.cache.default_size", "500");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_LIBRARY, MACRO_LIBRARY);
        p.setProperty("velocimacro.arguments.strict", "true");
        p.setProperty("velocimacro.inline.local_scope", "true");
        p.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "3");
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        // in addition to Velocity's own list (java.lang.Class, ClassLoader, Runtime, Process, System, Thread, ...)
        p.setProperty("introspector.restrict.packages", String.join(",",
                "java.lang.reflect", "java.lang.invoke", "java.io", "java.nio", "java.net", "java.sql",
                "javax.script", "javax.naming", "sun", "jdk", "org.springframework", "org.apache.velocity"));
        p.setProperty("introspector.restrict.classes", String.join(",",
                "java.lang.Class", "java.lang.ClassLoader", "java.lang.Compiler", "java.lang.InheritableThreadLocal",
                "java.lang.Module", "java.lang.ModuleLayer", "java.lang.Package", "java.lang.Process",
                "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.Runtime",
                "java.lang.RuntimePermission", "java.lang.SecurityManager", "java.lang.StackWalker",
                "java.lang.System", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal",
                "javax.management.MBeanServer"));
        return p;
    }

    /** True when {@code templateName} (relative to templates/, e.g. {@code email/x.en.vm}) exists and may be loaded. */
    public boolean exists(String templateName) {
        return TemplatesOnlyResourceLoader.isAllowed(templateName) && velocity.resourceExists(templateName);
    }

    /** Renders a whole template. */
    public String render(String templateName, Map<String, ?> model, Escaping escaping) {
        VelocityContext context = newContext(model, escaping);
        Template template = template(templateName);
        StringWriter out = new StringWriter();
        try {
            template.merge(context, out);
        } catch (VelocityException | IllegalArgumentException e) {
            throw translate(templateName, e);
        }
        return out.toString();
    }

    /**
     * Renders one {@code #define($block)...#end} block of a template: the template is merged (its own output
     * discarded) and the block is rendered with the given escaping.
     */
    public String renderBlock(String templateName, String block, Map<String, ?> model, Escaping escaping) {
        VelocityContext context = newContext(model, escaping);
        Template template = template(templateName);
        try {
            template.merge(context, Writer.nullWriter());
            Object defined = context.get(block);
            if (!(defined instanceof Renderable)) {
                throw new TemplateRenderingException(templateName, "defines no block $" + block
                        + " (expected #define($" + block + ")...#end)", null);
            }
            String rendered = defined.toString();
            if (rendered == null) {
                throw new TemplateRenderingException(templateName, "block $" + block + " could not be rendered (recursion)", null);
            }
            return rendered;
        } catch (VelocityException | IllegalArgumentException e) {
            throw translate(templateName, e);
        }
    }

    private Template template(String templateName) {
        if (!TemplatesOnlyResourceLoader.isAllowed(templateName)) {
            throw new TemplateRenderingException(templateName, "template name refused (only <folder>/<file>.vm inside templates/)", null);
        }
        try {
            return velocity.getTemplate(templateName, "UTF-8");
        } catch (ResourceNotFoundException e) {
            throw new TemplateRenderingException(templateName, "template not found", e);
        } catch (VelocityException e) {
            throw translate(templateName, e);
        }
    }

    private static VelocityContext newContext(Map<String, ?> model, Escaping escaping) {
        VelocityContext context = new VelocityContext(new HashMap<>(model));
        if (escaping == Escaping.HTML) {
            EventCartridge cartridge = new EventCartridge();
            cartridge.addReferenceInsertionEventHandler(new HtmlEscapingReferenceHandler());
            cartridge.attachToContext(context);
        }
        return context;
    }

    private static TemplateRenderingException translate(String templateName, RuntimeException e) {
        if (e instanceof TemplateRenderingException tre) {
            return tre;
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof ResourceNotFoundException) {
            return new TemplateRenderingException(templateName, message
                    + " (not found, or refused: only <folder>/<file>.vm inside templates/ can be parsed or included)", e);
        }
        for (Pattern pattern : List.of(NOT_SET, NULL_VALUE)) {
            Matcher m = pattern.matcher(message);
            if (m.find()) {
                return new TemplateRenderingException(templateName, List.of(m.group(1)),
                        "missing model value " + m.group(1) + " (" + message + ")", e);
            }
        }
        return new TemplateRenderingException(templateName, e.getClass().getSimpleName() + ": " + message, e);
    }
}
