package io.linecare.communication.template;

import java.io.Reader;
import java.util.regex.Pattern;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Loads templates from the classpath folder {@code templates/} and nothing else: a name must be
 * {@code <folder>/<file>.vm} (letters, digits, '-', '_' and '.'), so {@code #parse("../application.yaml")},
 * absolute paths and other folders of the classpath are refused.
 */
public class TemplatesOnlyResourceLoader extends ClasspathResourceLoader {

    static final String ROOT = "templates/";

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9-]*/[A-Za-z0-9_][A-Za-z0-9_.-]*\\.vm");

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        if (!isAllowed(name)) {
            throw new ResourceNotFoundException("Template name '" + name
                    + "' refused: only <folder>/<file>.vm inside " + ROOT + " can be loaded");
        }
        return super.getResourceReader(ROOT + name, encoding);
    }

    static boolean isAllowed(String name) {
        return name != null && !name.contains("..") && ALLOWED.matcher(name).matches();
    }
}
