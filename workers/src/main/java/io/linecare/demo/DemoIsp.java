package io.linecare.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.linecare.billing.Bill;
import io.linecare.billing.BillLine;
import io.linecare.billing.PriceChange;
import io.linecare.billing.PricePlan;
import io.linecare.billing.UsageRecord;
import io.linecare.customer.Customer;
import io.linecare.customer.Subscription;
import io.linecare.network.AccessNode;
import io.linecare.network.Area;
import io.linecare.network.LineTestResult;
import io.linecare.workforce.Technician;

/**
 * The static part of the demo ISP, as the rows the seeder writes. Hourly measurements and shifts
 * are relative to "now" and come from {@link DemoIspGenerator#measurements} and
 * {@link DemoIspGenerator#shifts} instead.
 */
public record DemoIsp(
        List<Area> areas,
        List<AccessNode> accessNodes,
        List<PricePlan> pricePlans,
        List<PriceChange> priceChanges,
        List<Customer> customers,
        List<Subscription> subscriptions,
        List<LineTestResult> lineConditions,
        List<Technician> technicians,
        List<Bill> bills,
        List<BillLine> billLines,
        List<UsageRecord> usageRecords) {

    public DemoIsp {
        areas = List.copyOf(areas);
        accessNodes = List.copyOf(accessNodes);
        pricePlans = List.copyOf(pricePlans);
        priceChanges = List.copyOf(priceChanges);
        customers = List.copyOf(customers);
        subscriptions = List.copyOf(subscriptions);
        lineConditions = List.copyOf(lineConditions);
        technicians = List.copyOf(technicians);
        bills = List.copyOf(bills);
        billLines = List.copyOf(billLines);
        usageRecords = List.copyOf(usageRecords);
    }

    /**
     * SHA-256 over every row in order: equal fingerprints mean identical data sets. Records print
     * their values, and sets inside records are sorted first so hash order cannot leak in.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<?> table : List.of(areas, accessNodes, pricePlans, priceChanges, customers, subscriptions,
                    lineConditions, bills, billLines, usageRecords)) {
                for (Object row : table) {
                    digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                digest.update((byte) 0);
            }
            for (Technician technician : technicians) {
                String row = technician.id() + '|' + technician.login() + '|' + technician.fullName() + '|'
                        + technician.mobile() + '|' + technician.homeAreaId() + '|'
                        + technician.skills().stream().map(Enum::name).sorted().toList() + '|'
                        + technician.areaIds().stream().sorted().toList() + '|' + technician.active();
                digest.update(row.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
