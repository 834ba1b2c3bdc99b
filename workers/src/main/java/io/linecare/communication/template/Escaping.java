package io.linecare.communication.template;

/** How references are written into a template's output. */
public enum Escaping {
    /** Plain text (email text part, SMS): values are written as they are. */
    NONE,
    /** HTML (email HTML part): every inserted value is HTML-escaped. */
    HTML
}
