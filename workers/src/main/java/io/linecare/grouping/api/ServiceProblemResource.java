package io.linecare.grouping.api;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * TMF656 ServiceProblem: one complaint group. The tickets it holds are {@code troubleTicket} refs;
 * the access nodes are {@code affectedResource}; a group merged into another names it as
 * {@code parentProblem}; the post-incident report is in {@code characteristic}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceProblemResource(
        String id,
        String href,
        String name,
        String description,
        String category,
        String status,
        String reason,
        String originatingSystem,
        Integer affectedNumberOfServices,
        OffsetDateTime creationDate,
        OffsetDateTime statusChangeDate,
        OffsetDateTime resolutionDate,
        List<Ref> affectedResource,
        List<Ref> troubleTicket,
        List<Ref> parentProblem,
        List<Characteristic> characteristic,
        @JsonProperty("@type") String type) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ref(String id, String href, String name, @JsonProperty("@referredType") String referredType) {
    }

    public record Characteristic(String name, String value, String valueType) {
    }
}
