package io.linecare.grouping;

import java.time.Instant;

import io.linecare.customer.ServiceType;

/** One complaint group as stored; the incident fields are null until the analyst confirms it. */
public record ComplaintGroup(String id, String areaId, ServiceType serviceType, GroupState state, String mergedInto,
                             Instant openedAt, Instant suspectedAt, String suspectedReason, Instant confirmedAt,
                             String cause, Instant firstEstimateAt, Instant estimateAt, int estimateVersion,
                             Instant resolvedAt, String rootCause, Instant closedAt) {
}
