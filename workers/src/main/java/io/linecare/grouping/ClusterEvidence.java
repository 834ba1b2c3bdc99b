package io.linecare.grouping;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.stereotype.Service;

import io.linecare.grouping.ComplaintGroupRepository.GroupTicket;
import io.linecare.grouping.ComplaintGroupRepository.NodeLoad;
import io.linecare.network.Measurement;
import io.linecare.network.NetworkInventory;
import io.linecare.repair.handler.RepairFacts;

/**
 * What a network analyst reads before confirming an incident, as plain text for read-only form
 * fields (7.24 Tasklist forms have no tables): the tickets, the access nodes with their share of
 * complaining lines, the area's last hours of measurements against the 14-day median, and the cause
 * the evidence points to.
 */
@Service
public class ClusterEvidence {

    static final int MEASUREMENT_HOURS = 12;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE HH:mm");

    private final ComplaintGroupRepository groups;
    private final NetworkInventory network;
    private final RepairFacts facts;
    private final Clock clock;

    public ClusterEvidence(ComplaintGroupRepository groups, NetworkInventory network, RepairFacts facts, Clock clock) {
        this.groups = groups;
        this.network = network;
        this.facts = facts;
        this.clock = clock;
    }

    /** The analyst's facts as the form shows them. */
    public record Evidence(String ticketList, String accessNodeList, String measurementTable, String suggestedCause) {
    }

    /** Reads the group's tickets and nodes once for every text the review shows. */
    public Evidence gather(ComplaintGroup group, GroupEvaluation evaluation) {
        List<GroupTicket> tickets = groups.tickets(group.id());
        List<NodeLoad> nodes = groups.nodeLoads(group.id(), group.serviceType());
        return new Evidence(ticketList(group, tickets), accessNodeList(group, nodes), measurementTable(group),
                suggestedCause(tickets, nodes, evaluation));
    }

    private String ticketList(ComplaintGroup group, List<GroupTicket> tickets) {
        StringJoiner lines = new StringJoiner("\n");
        for (GroupTicket ticket : tickets) {
            lines.add(ticket.ticketId() + "  " + ticket.customerReference() + (ticket.bigClient() ? " (big client)" : "")
                    + "  line " + ticket.lineNumber() + "  node " + ticket.accessNodeId() + "  reported "
                    + facts.label(ticket.reportedAt(), group.areaId())
                    + "  line test: " + (ticket.lineStatus() == null ? "not yet" : ticket.lineStatus()));
        }
        return tickets.isEmpty() ? "(no tickets)" : tickets.size() + " tickets\n" + lines;
    }

    private static String accessNodeList(ComplaintGroup group, List<NodeLoad> nodes) {
        StringJoiner lines = new StringJoiner("\n");
        for (NodeLoad node : nodes) {
            lines.add(node.id() + " " + node.name() + " (" + node.kind() + "): " + node.complainingLines() + " of "
                    + node.lines() + " " + group.serviceType().code() + " lines complained");
        }
        return lines.length() == 0 ? "(none)" : lines.toString();
    }

    /** The area's last 12 hourly samples, newest first, against the 14-day median. */
    private String measurementTable(ComplaintGroup group) {
        Instant now = clock.instant();
        List<Measurement> samples = network.measurements(group.areaId(), now.minus(Duration.ofHours(MEASUREMENT_HOURS)),
                now.plusSeconds(1));
        if (samples.isEmpty()) {
            return "No measurements of " + group.areaId() + " in the last " + MEASUREMENT_HOURS + " hours";
        }
        Optional<BigDecimal> median = network.medianDownloadMbps(group.areaId(), now);
        ZoneId zone = facts.zoneOf(group.areaId());
        StringJoiner table = new StringJoiner("\n");
        table.add("Hour        Download Mbit/s   % of median   Loss %");
        median.ifPresent(m -> table.add("14-day median: " + m + " Mbit/s"));
        for (int i = samples.size() - 1; i >= 0; i--) {
            Measurement sample = samples.get(i);
            String pct = median.filter(m -> m.signum() > 0)
                    .map(m -> String.valueOf(GroupEvaluator.percent(sample.downloadMbps(), m))).orElse("-");
            table.add(String.format("%-11s %15s %13s %8s", HOUR.format(sample.measuredAt().atZone(zone)),
                    sample.downloadMbps(), pct, sample.packetLossPct()));
        }
        return table.toString();
    }

    /** A first guess for the analyst, from where the complaints sit and what the measurements say. */
    private static String suggestedCause(List<GroupTicket> tickets, List<NodeLoad> nodes, GroupEvaluation evaluation) {
        long outageTests = tickets.stream().filter(t -> "area-outage".equals(t.lineStatus())).count();
        StringJoiner cause = new StringJoiner("; ");
        if (nodes.size() == 1) {
            cause.add("All complaints hang off " + nodes.get(0).id() + ": suspect that " + nodes.get(0).kind()
                    + " or its uplink");
        } else if (!nodes.isEmpty()) {
            cause.add("Complaints spread over " + nodes.size() + " access nodes: suspect the area's aggregation or backbone link");
        }
        if (evaluation.downloadPctOfMedian() < 80) {
            cause.add("download speed at " + evaluation.downloadPctOfMedian() + " % of the 14-day median");
        }
        if (evaluation.packetLossPct() > 1) {
            cause.add("packet loss " + evaluation.packetLossPct() + " %");
        }
        if (outageTests > 0) {
            cause.add("line tests report an area outage on " + outageTests + " of " + tickets.size() + " tickets");
        }
        return cause.length() == 0 ? "No clear pattern yet" : cause.toString();
    }

    public Instant reviewDueAt(Duration reviewTime) {
        return clock.instant().plus(reviewTime);
    }
}
