package io.linecare.network;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Network inventory, diagnostics and area KPIs. The demo implementation answers from Linecare's
 * tables; a real OSS integration replaces {@link JdbcNetworkInventory}.
 */
public interface NetworkInventory {

    /** The window {@link #medianDownloadMbps} looks back over. */
    Duration MEDIAN_WINDOW = Duration.ofDays(14);

    Optional<Area> area(String areaId);

    List<Area> areas();

    List<AccessNode> accessNodesOf(String areaId);

    /** Runs a remote line test; empty when the subscription has no testable line (unknown or cancelled). */
    Optional<LineTestResult> lineTest(long subscriptionId);

    /** Hourly samples with {@code from <= measuredAt < to}, oldest first. */
    List<Measurement> measurements(String areaId, Instant from, Instant to);

    /** Median hourly download over the {@link #MEDIAN_WINDOW} before {@code until}; empty without samples. */
    Optional<BigDecimal> medianDownloadMbps(String areaId, Instant until);

    /**
     * Starts or ends an outage for every line in the area. Starting it makes line tests answer
     * {@link LineStatus#AREA_OUTAGE}; ending it restores each line's own earlier condition.
     *
     * @return how many lines changed
     */
    int setAreaOutage(String areaId, boolean outage);

    /**
     * Clears a remotely fixable fault (port reset, re-provisioning, a device reboot or configuration
     * push) and leaves the line testing ok. Idempotent: once fixed, another call answers
     * {@link RemoteFixResult.Outcome#ALREADY_OK} and changes nothing. Faults that need a visit, and
     * lines in an area outage, are left as they are.
     */
    RemoteFixResult fixRemotely(long subscriptionId);
}
