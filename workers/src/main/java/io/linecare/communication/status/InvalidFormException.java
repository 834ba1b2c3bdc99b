package io.linecare.communication.status;

import java.util.List;

/**
 * A self-service form (dispute a bill, cancel a line) that cannot be taken as it is: every reason, each a
 * message key with arguments for the page's language. Nothing has been stored.
 */
class InvalidFormException extends Exception {

    private final transient List<PageMessage> reasons;

    InvalidFormException(List<PageMessage> reasons) {
        super(reasons.isEmpty() ? "invalid form" : reasons.get(0).key(), null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    InvalidFormException(String key, Object... arguments) {
        this(List.of(new PageMessage(key, arguments)));
    }

    List<PageMessage> reasons() {
        return reasons;
    }

    /** One sentence for the page: a key of the status-page bundle and its MessageFormat arguments. */
    record PageMessage(String key, Object... arguments) {
    }
}
