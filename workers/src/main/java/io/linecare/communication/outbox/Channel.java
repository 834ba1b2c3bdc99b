package io.linecare.communication.outbox;

import java.util.Locale;

/** The ways Linecare reaches a customer. */
public enum Channel {
    EMAIL, SMS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
