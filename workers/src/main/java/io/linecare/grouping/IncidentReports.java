package io.linecare.grouping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.grouping.ComplaintGroupRepository.ReportCounts;

/** Writes the post-incident report once the incident is resolved and compensated. */
@Service
public class IncidentReports {

    private final ComplaintGroupRepository groups;
    private final Clock clock;

    public IncidentReports(ComplaintGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional
    public IncidentReport write(String groupId) {
        Optional<IncidentReport> written = groups.report(groupId);
        if (written.isPresent()) {
            return written.get();
        }
        ComplaintGroup group = groups.find(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        if (group.resolvedAt() == null) {
            throw new IllegalStateException(groupId + " is not resolved; the report comes after the restoration");
        }
        ReportCounts counts = groups.reportCounts(groupId);
        BigDecimal share = counts.affected() == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(100L * counts.notifiedBeforeCall())
                        .divide(BigDecimal.valueOf(counts.affected()), 1, RoundingMode.HALF_UP);
        IncidentReport report = new IncidentReport(groupId,
                (int) Duration.between(group.openedAt(), group.resolvedAt()).toMinutes(), counts.affected(),
                counts.complaints(), share, groups.creditsOf(groupId), groups.compensatedCustomers(groupId),
                group.rootCause() == null ? "" : group.rootCause(), clock.instant());
        groups.insertReport(report);
        groups.markClosed(groupId, clock.instant());
        return report;
    }
}
