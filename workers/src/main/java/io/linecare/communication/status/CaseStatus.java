package io.linecare.communication.status;

import java.time.Instant;
import java.util.List;

import io.linecare.communication.status.StatusAction.WaitingAction;

/**
 * What the status page knows about one case, before it is put into words.
 *
 * @param promisedAt        the raw {@code promisedAt} variable (ISO-8601 string or Date), null when none
 * @param customerReference the {@code customerReference} variable of the case's processes (CU-…), null when none
 */
record CaseStatus(String caseReference, Stage stage, String currentStep, Object promisedAt, boolean promisePaused,
                  List<TimelineEvent> timeline, List<WaitingAction> actions, String customerReference) {

    enum Stage { WAITING_FOR_YOU, IN_PROGRESS, CLOSED }

    enum Kind { STEP, MESSAGE, ACTION }

    /**
     * One line of the timeline.
     *
     * @param code   STEP: open | done | cancelled | event; MESSAGE: the channel; ACTION: the recorded action code
     * @param name   STEP: the activity's name; MESSAGE: the message type; ACTION: unused
     * @param detail MESSAGE: the subject; ACTION: what the customer said
     */
    record TimelineEvent(Instant at, Kind kind, String code, String name, String detail) {
    }
}
