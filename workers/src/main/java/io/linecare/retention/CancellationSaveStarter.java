package io.linecare.retention;

import java.util.Map;

/** Starts cancellation-save for a stored request, in the caller's transaction. */
public interface CancellationSaveStarter {

    void start(String reference, Map<String, Object> variables);
}
