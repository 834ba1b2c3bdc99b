package io.linecare.network;

import java.math.BigDecimal;
import java.time.Instant;

/** One hourly KPI sample of an area. */
public record Measurement(String areaId, Instant measuredAt, BigDecimal downloadMbps, BigDecimal packetLossPct) {
}
