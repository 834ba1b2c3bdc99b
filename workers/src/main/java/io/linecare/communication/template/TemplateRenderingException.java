package io.linecare.communication.template;

import java.util.List;

/**
 * A message could not be rendered: unknown template, missing model value, template error or refused access.
 * The message names the template and, where known, the missing values, so it reads well as an incident.
 */
public class TemplateRenderingException extends RuntimeException {

    private final String templateName;
    private final List<String> missingValues;

    public TemplateRenderingException(String templateName, String problem, Throwable cause) {
        this(templateName, List.of(), problem, cause);
    }

    public TemplateRenderingException(String templateName, List<String> missingValues, String problem, Throwable cause) {
        super("Template " + templateName + ": " + problem, cause);
        this.templateName = templateName;
        this.missingValues = List.copyOf(missingValues);
    }

    public static TemplateRenderingException missingValues(String templateName, List<String> missingValues) {
        return new TemplateRenderingException(templateName, missingValues,
                "missing model value(s) " + String.join(", ", missingValues), null);
    }

    /** The template (or message type) that failed, e.g. {@code email/ticket-acknowledged.en.vm}. */
    public String templateName() {
        return templateName;
    }

    /** The model values that were missing; empty when the failure had another cause. */
    public List<String> missingValues() {
        return missingValues;
    }
}
