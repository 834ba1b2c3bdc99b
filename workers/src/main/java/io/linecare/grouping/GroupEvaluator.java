package io.linecare.grouping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.linecare.network.Measurement;
import io.linecare.network.NetworkInventory;

/**
 * Counts a complaint group for cluster-threshold: complaints in the sliding window against the lines
 * on the access nodes concerned, and the area's latest hourly measurements against its 14-day median.
 */
@Service
public class GroupEvaluator {

    /** How old the latest sample may be to count as "now". */
    static final Duration FRESH_SAMPLE = Duration.ofHours(2);

    private final ComplaintGroupRepository groups;
    private final NetworkInventory network;
    private final GroupingProperties properties;
    private final Clock clock;

    public GroupEvaluator(ComplaintGroupRepository groups, NetworkInventory network, GroupingProperties properties,
                          Clock clock) {
        this.groups = groups;
        this.network = network;
        this.properties = properties;
        this.clock = clock;
    }

    public GroupEvaluation evaluate(ComplaintGroup group) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.window());
        int tickets = groups.ticketsSince(group.id(), since);
        int lines = groups.linesOnGroupNodes(group.id(), group.serviceType());
        int complaining = groups.complainingLinesSince(group.id(), since);
        double share = lines == 0 ? 0 : round(100.0 * complaining / lines);
        Optional<Measurement> latest = latestSample(group.areaId(), now);
        double downloadPct = latest.flatMap(sample -> network.medianDownloadMbps(group.areaId(), sample.measuredAt())
                        .filter(median -> median.signum() > 0)
                        .map(median -> percent(sample.downloadMbps(), median)))
                .orElse(100.0);
        double loss = latest.map(sample -> sample.packetLossPct().doubleValue()).orElse(0.0);
        return new GroupEvaluation(tickets, share, groups.bigClientInvolved(group.id()), downloadPct, loss);
    }

    /** The area's newest sample of the last two hours. */
    public Optional<Measurement> latestSample(String areaId, Instant now) {
        List<Measurement> recent = network.measurements(areaId, now.minus(FRESH_SAMPLE), now.plusSeconds(1));
        return recent.stream().max(Comparator.comparing(Measurement::measuredAt));
    }

    static double percent(BigDecimal value, BigDecimal median) {
        return value.multiply(BigDecimal.valueOf(100)).divide(median, 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
