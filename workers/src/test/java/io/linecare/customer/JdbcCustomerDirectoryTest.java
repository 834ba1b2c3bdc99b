package io.linecare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.demo.DemoIsp;

class JdbcCustomerDirectoryTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static CustomerDirectory directory;
    private static JdbcClient jdbc;
    private static final DemoIsp expected = DemoDatabase.expected();

    @BeforeAll
    static void adapters() {
        jdbc = database.jdbc();
        directory = new JdbcCustomerDirectory(jdbc);
    }

    @Test
    void findsEveryCustomerExactlyAsSeeded() {
        for (Customer customer : expected.customers()) {
            assertThat(directory.findById(customer.id())).contains(customer);
        }
    }

    @Test
    void findsByReference() {
        Customer zhangWei = directory.findByReference("CU-000001").orElseThrow();

        assertThat(zhangWei.fullName()).isEqualTo("张伟");
        assertThat(zhangWei.tier()).isEqualTo(Tier.STANDARD);
        assertThat(zhangWei.areaId()).isEqualTo("A01");
        assertThat(zhangWei.timeZone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(directory.findByReference("CU-999999")).isEmpty();
        assertThat(directory.findById(99_999)).isEmpty();
    }

    @Test
    void readsQuietHoursAndMissingScoresAsSeeded() {
        assertThat(directory.findById(expected.customers().stream().filter(c -> c.quietHours() == null)
                .findFirst().orElseThrow().id()).orElseThrow().quietHours()).isNull();
        Customer quiet = expected.customers().stream().filter(c -> c.quietHours() != null).findFirst().orElseThrow();
        QuietHours hours = directory.findById(quiet.id()).orElseThrow().quietHours();
        assertThat(hours).isEqualTo(quiet.quietHours());
        assertThat(hours.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(hours.contains(LocalTime.of(12, 0))).isFalse();
        assertThat(expected.customers()).anyMatch(c -> c.npsScore() == null);
    }

    @Test
    void listsACustomersSubscriptions() {
        for (long customerId : List.of(1L, 2L, 4L, 150L)) {
            List<Subscription> seeded = expected.subscriptions().stream().filter(s -> s.customerId() == customerId).toList();
            assertThat(directory.subscriptionsOf(customerId)).containsExactlyInAnyOrderElementsOf(seeded);
        }
        Subscription first = directory.subscriptionsOf(1).get(0);
        assertThat(first.serviceType()).isEqualTo(ServiceType.BROADBAND);
        assertThat(first.lineNumber()).matches("BB-0571-\\d{6}");
        assertThat(directory.findSubscription(first.id())).contains(first);
        assertThat(directory.findSubscription(99_999)).isEmpty();
        assertThat(directory.subscriptionsOf(99_999)).isEmpty();
    }

    @Test
    void findsCustomersWithActiveLinesOnAccessNodes() {
        List<Customer> onNode = directory.customersOnAccessNodes(List.of("A01-OLT1", "A01-CMTS1"));

        Set<Long> expectedIds = expected.subscriptions().stream()
                .filter(s -> s.isActive() && Set.of("A01-OLT1", "A01-CMTS1").contains(s.accessNodeId()))
                .map(Subscription::customerId).collect(java.util.stream.Collectors.toSet());
        assertThat(onNode).isNotEmpty().extracting(Customer::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expectedIds).isSorted();
        assertThat(onNode).allMatch(c -> c.areaId().equals("A01"));
        assertThat(directory.customersOnAccessNodes(List.of())).isEmpty();
        assertThat(directory.customersOnAccessNodes(List.of("A99-OLT1"))).isEmpty();
    }

    @Test
    void customersWithOnlySuspendedOrCancelledLinesOnANodeAreNotAffected() {
        Subscription suspended = expected.subscriptions().stream()
                .filter(s -> s.status() == SubscriptionStatus.SUSPENDED).findFirst().orElseThrow();
        boolean otherActiveLineThere = expected.subscriptions().stream().anyMatch(s -> s.customerId() == suspended.customerId()
                && s.isActive() && s.accessNodeId().equals(suspended.accessNodeId()));

        List<Long> affected = directory.customersOnAccessNodes(List.of(suspended.accessNodeId())).stream()
                .map(Customer::id).toList();

        assertThat(affected.contains(suspended.customerId())).isEqualTo(otherActiveLineThere);
    }
}
