package io.linecare.grouping;

/** A complaint group reference that names no group. */
public class UnknownGroupException extends RuntimeException {

    public UnknownGroupException(String groupId) {
        super("No complaint group " + groupId);
    }
}
