package io.linecare.dispute;

import java.util.Map;

/** Starts the billing-dispute process for a stored dispute, in the caller's transaction. */
public interface DisputeStarter {

    /**
     * @throws DisputeUnavailableException when the process is not deployed
     */
    void start(String disputeReference, Map<String, Object> variables);
}
