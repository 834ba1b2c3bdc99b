package io.linecare.communication.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Filters of the message listing, turned into a parameterised WHERE clause (never concatenated values). */
public record MessageFilter(String customerReference, String caseReference, Channel channel, MessageState state) {

    String where() {
        List<String> conditions = new ArrayList<>();
        conditions.add("true");
        if (customerReference != null) {
            conditions.add("customer_reference = :customerReference");
        }
        if (caseReference != null) {
            conditions.add("case_reference = :caseReference");
        }
        if (channel != null) {
            conditions.add("channel = :channel");
        }
        if (state != null) {
            conditions.add("state = :state");
        }
        return String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        if (customerReference != null) {
            parameters.put("customerReference", customerReference);
        }
        if (caseReference != null) {
            parameters.put("caseReference", caseReference);
        }
        if (channel != null) {
            parameters.put("channel", channel.key());
        }
        if (state != null) {
            parameters.put("state", state.name());
        }
        return parameters;
    }
}
