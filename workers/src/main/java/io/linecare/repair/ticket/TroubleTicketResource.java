package io.linecare.repair.ticket;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * TMF621 v4 TroubleTicket as Linecare fills it. The history is given twice: as the spec's
 * {@code statusChange} [{status, changeDate, changeReason}] and as {@code statusChangeHistory}
 * [{status, statusChangeDate, statusChangeReason}], the name Linecare's design uses.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TroubleTicketResource(
        String id,
        String href,
        String name,
        String description,
        String severity,
        String ticketType,
        String status,
        OffsetDateTime statusChangeDate,
        String statusChangeReason,
        List<StatusChangeEntry> statusChange,
        List<StatusHistoryEntry> statusChangeHistory,
        OffsetDateTime creationDate,
        OffsetDateTime lastUpdate,
        OffsetDateTime expectedResolutionDate,
        Channel channel,
        List<Note> note,
        List<Ref> relatedParty,
        List<Ref> relatedEntity,
        @JsonProperty("@type") String type) {

    /** TMF621 StatusChange. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChangeEntry(String status, OffsetDateTime changeDate, String changeReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusHistoryEntry(String status, OffsetDateTime statusChangeDate, String statusChangeReason) {
    }

    /** TMF621 ChannelRef (id is required by the spec; it equals the name). */
    public record Channel(String id, String name) {
    }

    public record Note(String id, String author, OffsetDateTime date, String text) {
    }

    /** TMF621 RelatedParty / RelatedEntity. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ref(String id, String name, String role, @JsonProperty("@referredType") String referredType) {
    }
}
