package io.linecare.communication.api;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** TMF681 CommunicationMessage as Linecare fills it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunicationMessageResource(
        String id,
        String href,
        String messageType,
        String subject,
        String content,
        String state,
        String priority,
        Integer tryTimes,
        OffsetDateTime scheduledSendTime,
        OffsetDateTime sendTimeComplete,
        List<Receiver> receiver,
        Sender sender,
        List<Characteristic> characteristic,
        @JsonProperty("@type") String type) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Receiver(String id, String email, String phoneNumber, RelatedParty party) {
    }

    public record Sender(String id, String name) {
    }

    public record RelatedParty(String id, String role, @JsonProperty("@referredType") String referredType) {
    }

    public record Characteristic(String name, String value) {
    }
}
