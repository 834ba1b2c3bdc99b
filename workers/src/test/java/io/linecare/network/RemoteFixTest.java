package io.linecare.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.customer.Subscription;
import io.linecare.customer.SubscriptionStatus;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.demo.DemoIsp;
import io.linecare.network.RemoteFixResult.Outcome;

/** Remote fixes change line conditions, so this class has its own database (not the read-only adapter test's). */
class RemoteFixTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static NetworkInventory inventory;
    private static final DemoIsp expected = DemoDatabase.expected();

    @BeforeAll
    static void adapters() {
        inventory = new JdbcNetworkInventory(database.jdbc());
    }

    @Test
    void aPortInErrorIsResetAndASecondCallSaysTheLineIsOk() {
        Subscription zhangWei = expected.subscriptions().stream().filter(s -> s.customerId() == 1).findFirst().orElseThrow();

        RemoteFixResult fixed = inventory.fixRemotely(zhangWei.id());

        assertThat(fixed.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(fixed.action()).isEqualTo("port reset on " + zhangWei.accessNodeId());
        assertThat(fixed.lineIsOk()).isTrue();
        LineTestResult after = inventory.lineTest(zhangWei.id()).orElseThrow();
        assertThat(after.isOk()).isTrue();
        assertThat(after.remotelyFixable()).isFalse();
        assertThat(after.detail()).isEqualTo(fixed.detail()).contains("port reset on A01-OLT1");

        RemoteFixResult again = inventory.fixRemotely(zhangWei.id());
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_OK);
        assertThat(again.action()).isNull();
        assertThat(again.lineIsOk()).isTrue();
        assertThat(inventory.lineTest(zhangWei.id())).contains(after);
    }

    @Test
    void aMissingServiceProfileIsReProvisioned() {
        LineTestResult line = seeded(c -> c.status() == LineStatus.LINE_FAULT && c.remotelyFixable()
                && c.detail().contains("re-provisioning"));

        RemoteFixResult fixed = inventory.fixRemotely(line.subscriptionId());

        assertThat(fixed.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(fixed.action()).isEqualTo("service profile re-provisioned on " + subscription(line).accessNodeId());
        assertThat(inventory.lineTest(line.subscriptionId()).orElseThrow().isOk()).isTrue();
    }

    @Test
    void aHungDeviceIsRebootedOrReconfiguredRemotely() {
        LineTestResult line = seeded(c -> c.status() == LineStatus.CPE_FAULT && c.remotelyFixable());

        RemoteFixResult fixed = inventory.fixRemotely(line.subscriptionId());

        assertThat(fixed.outcome()).isEqualTo(Outcome.FIXED);
        String expectedAction = switch (subscription(line).serviceType()) {
            case BROADBAND -> "remote reboot of the customer's ONT";
            case VOIP -> "SIP configuration pushed";
            case CABLE_TV -> "entitlements refreshed";
        };
        assertThat(fixed.action()).startsWith(expectedAction).endsWith(subscription(line).accessNodeId());
        assertThat(inventory.lineTest(line.subscriptionId()).orElseThrow().isOk()).isTrue();
    }

    @Test
    void aFaultThatNeedsAVisitIsLeftAsItIs() {
        Subscription wangFang = expected.subscriptions().stream().filter(s -> s.customerId() == 2).findFirst().orElseThrow();
        LineTestResult before = inventory.lineTest(wangFang.id()).orElseThrow();

        RemoteFixResult result = inventory.fixRemotely(wangFang.id());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_REMOTELY_FIXABLE);
        assertThat(result.lineIsOk()).isFalse();
        assertThat(result.action()).isNull();
        assertThat(result.detail()).contains("needs a visit");
        assertThat(inventory.lineTest(wangFang.id())).contains(before);
    }

    @Test
    void unknownAndCancelledLinesHaveNothingToFix() {
        Subscription cancelled = expected.subscriptions().stream()
                .filter(s -> s.status() == SubscriptionStatus.CANCELLED).findFirst().orElseThrow();

        assertThat(inventory.fixRemotely(cancelled.id()).outcome()).isEqualTo(Outcome.NO_LINE);
        assertThat(inventory.fixRemotely(99_999).outcome()).isEqualTo(Outcome.NO_LINE);
    }

    @Test
    void duringAnAreaOutageTheLineIsNotTouchedAndItsOwnFaultComesBackAfterwards() {
        // the last fixable line fault, so not the one the other tests fix first
        LineTestResult line = expected.lineConditions().stream()
                .filter(c -> c.remotelyFixable() && c.status() == LineStatus.LINE_FAULT)
                .reduce((first, second) -> second).orElseThrow();
        String area = areaOf(line);

        inventory.setAreaOutage(area, true);
        try {
            assertThat(inventory.fixRemotely(line.subscriptionId()).outcome()).isEqualTo(Outcome.AREA_OUTAGE);
        } finally {
            inventory.setAreaOutage(area, false);
        }
        assertThat(inventory.lineTest(line.subscriptionId())).contains(line);
    }

    @Test
    void parallelFixesOfOneLineFixItOnce() throws Exception {
        LineTestResult line = seeded(c -> c.remotelyFixable() && c.status() == LineStatus.LINE_FAULT
                && c.detail().contains("port reset"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<RemoteFixResult>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> inventory.fixRemotely(line.subscriptionId()));
            }
            List<RemoteFixResult> results = new ArrayList<>();
            for (Future<RemoteFixResult> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            assertThat(results).filteredOn(r -> r.outcome() == Outcome.FIXED).hasSize(1);
            assertThat(results).filteredOn(r -> r.outcome() == Outcome.ALREADY_OK).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
    }

    private static LineTestResult seeded(Predicate<LineTestResult> which) {
        return expected.lineConditions().stream().filter(which)
                .filter(c -> subscription(c).customerId() > 2) // not the guided tour's scripted lines
                .findFirst().orElseThrow(() -> new AssertionError("The demo data has no such line"));
    }

    private static Subscription subscription(LineTestResult condition) {
        return expected.subscriptions().stream().filter(s -> s.id() == condition.subscriptionId()).findFirst().orElseThrow();
    }

    private static String areaOf(LineTestResult condition) {
        return subscription(condition).accessNodeId().substring(0, 3);
    }
}
