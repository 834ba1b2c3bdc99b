package io.linecare.platform.externaltask;

/**
 * Every external-task topic, declared once. BPMN files name these strings; ModelConsistencyTest
 * proves each topic in a process has exactly one handler and each handler's topic is used.
 */
public final class Topics {

    public static final String PLATFORM_RECORD_HEARTBEAT = "platform.record-heartbeat";
    public static final String COMMUNICATION_SEND_MESSAGE = "communication.send-message";
    public static final String BILLING_APPLY_CREDIT = "billing.apply-credit";

    private Topics() {
    }
}
