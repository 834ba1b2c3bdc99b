package io.linecare.communication.template;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.Renderable;
import org.springframework.web.util.HtmlUtils;

/**
 * Escapes every value a template inserts into HTML output. Blocks and macro bodies ({@link Renderable}) are
 * left alone: their own references pass through this handler when they are rendered.
 */
final class HtmlEscapingReferenceHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Renderable) {
            return value;
        }
        return HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }
}
