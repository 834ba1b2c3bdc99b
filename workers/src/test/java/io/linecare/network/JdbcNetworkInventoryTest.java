package io.linecare.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.customer.Subscription;
import io.linecare.customer.SubscriptionStatus;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.demo.DemoIsp;

class JdbcNetworkInventoryTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static NetworkInventory inventory;
    private static final DemoIsp expected = DemoDatabase.expected();

    @BeforeAll
    static void adapters() {
        inventory = new JdbcNetworkInventory(database.jdbc());
    }

    @Test
    void areasAndAccessNodesAreTheSeededOnes() {
        assertThat(inventory.areas()).isEqualTo(expected.areas());
        Area xihu = inventory.area("A01").orElseThrow();
        assertThat(xihu.district()).isEqualTo("西湖区");
        assertThat(xihu.workingHoursStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(inventory.area("A99")).isEmpty();
        assertThat(inventory.accessNodesOf("A01")).extracting(AccessNode::id)
                .containsExactly("A01-CMTS1", "A01-OLT1", "A01-OLT2");
        assertThat(inventory.accessNodesOf("A01")).filteredOn(n -> n.kind() == AccessNodeKind.CMTS).hasSize(1);
    }

    @Test
    void theBusinessCalendarIsLocalToTheArea() {
        Area fuyang = inventory.area("A11").orElseThrow(); // Mon-Fri 08:30-17:30
        assertThat(fuyang.isWorkingTime(Instant.parse("2026-03-18T01:00:00Z"))).isTrue(); // Wed 09:00 local
        assertThat(fuyang.isWorkingTime(Instant.parse("2026-03-18T10:00:00Z"))).isFalse(); // Wed 18:00 local
        assertThat(fuyang.isWorkingTime(Instant.parse("2026-03-21T02:00:00Z"))).isFalse(); // Saturday
    }

    @Test
    void lineTestsAnswerWhatTheLineHas() {
        for (LineTestResult seeded : expected.lineConditions()) {
            assertThat(inventory.lineTest(seeded.subscriptionId())).contains(seeded);
        }
        LineTestResult zhangWei = inventory.lineTest(firstLineOf(1).id()).orElseThrow();
        assertThat(zhangWei.status()).isEqualTo(LineStatus.LINE_FAULT);
        assertThat(zhangWei.remotelyFixable()).isTrue();
        assertThat(expected.lineConditions()).extracting(LineTestResult::status)
                .contains(LineStatus.OK, LineStatus.LINE_FAULT, LineStatus.CPE_FAULT).doesNotContain(LineStatus.AREA_OUTAGE);
        Subscription cancelled = expected.subscriptions().stream()
                .filter(s -> s.status() == SubscriptionStatus.CANCELLED).findFirst().orElseThrow();
        assertThat(inventory.lineTest(cancelled.id())).isEmpty();
        assertThat(inventory.lineTest(99_999)).isEmpty();
    }

    @Test
    void anAreaOutageOverridesLineTestsAndItsEndRestoresThem() {
        List<Subscription> a05Lines = linesIn("A05");
        Subscription a01Line = firstLineOf(1);

        int flipped = inventory.setAreaOutage("A05", true);
        try {
            assertThat(flipped).isEqualTo(a05Lines.size());
            assertThat(a05Lines).allSatisfy(line ->
                    assertThat(inventory.lineTest(line.id()).orElseThrow().status()).isEqualTo(LineStatus.AREA_OUTAGE));
            assertThat(inventory.lineTest(a01Line.id()).orElseThrow().status()).isEqualTo(LineStatus.LINE_FAULT);
            assertThat(inventory.setAreaOutage("A05", true)).isZero(); // already down
        } finally {
            assertThat(inventory.setAreaOutage("A05", false)).isEqualTo(a05Lines.size());
        }
        for (Subscription line : a05Lines) {
            LineTestResult seeded = expected.lineConditions().stream()
                    .filter(c -> c.subscriptionId() == line.id()).findFirst().orElseThrow();
            assertThat(inventory.lineTest(line.id())).contains(seeded);
        }
    }

    @Test
    void measurementsAndTheirMedian() {
        Instant to = DemoDatabase.NOW;
        List<Measurement> lastDay = inventory.measurements("A05", to.minus(Duration.ofDays(1)), to);
        assertThat(lastDay).hasSize(24).isSortedAccordingTo((a, b) -> a.measuredAt().compareTo(b.measuredAt()));
        assertThat(inventory.measurements("A05", to.minus(Duration.ofDays(30)), to)).hasSize(14 * 24);

        BigDecimal a05 = inventory.medianDownloadMbps("A05", to).orElseThrow();
        BigDecimal a12 = inventory.medianDownloadMbps("A12", to).orElseThrow();
        assertThat(a05).isBetween(new BigDecimal("450"), new BigDecimal("600"));
        assertThat(a12).isLessThan(a05); // rural Lin'an is slower than Binjiang
        double[] sorted = inventory.measurements("A05", to.minus(Duration.ofDays(14)), to).stream()
                .mapToDouble(m -> m.downloadMbps().doubleValue()).sorted().toArray();
        assertThat(a05.doubleValue()).isCloseTo((sorted[167] + sorted[168]) / 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(inventory.medianDownloadMbps("A05", Instant.parse("2020-01-01T00:00:00Z"))).isEmpty();
    }

    private static Subscription firstLineOf(long customerId) {
        return expected.subscriptions().stream().filter(s -> s.customerId() == customerId).findFirst().orElseThrow();
    }

    private static List<Subscription> linesIn(String areaId) {
        return expected.subscriptions().stream()
                .filter(s -> s.status() != SubscriptionStatus.CANCELLED && s.accessNodeId().startsWith(areaId + "-"))
                .toList();
    }
}
