package io.linecare.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import io.linecare.billing.CreditResult.Outcome;
import io.linecare.customer.JdbcCustomerDirectory;
import io.linecare.customer.Subscription;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.demo.DemoIsp;

/** Credits on real PostgreSQL; each test works on its own customer so they do not see each other's rows. */
class CreditServiceTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static JdbcClient jdbc;
    private static BillingSystem billing;
    private static CreditService credits;
    private static final DemoIsp expected = DemoDatabase.expected();

    @BeforeAll
    static void services() {
        DataSource dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        billing = new JdbcBillingSystem(jdbc);
        credits = new CreditService(billing, new JdbcCustomerDirectory(jdbc), new DataSourceTransactionManager(dataSource));
    }

    @Test
    void aBillCreditWithoutAnOpenBillIsKeptForTheNextBillingRun() {
        long customer = 3;
        int linesBefore = allBillLinesOf(customer);

        CreditResult result = credits.applyCredit(billCredit(customer, "FR-2026-000301", "FR-2026-000301:credit", "100"));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        Credit credit = result.credit();
        assertThat(credit.amount()).isEqualByComparingTo("100.00");
        assertThat(credit.type()).isEqualTo(CreditType.BILL_CREDIT);
        assertThat(credit.freeDays()).isZero();
        assertThat(credit.billLineId()).isNull();
        assertThat(credit.customerId()).isEqualTo(customer);
        assertThat(credit.createdAt()).isNotNull();
        assertThat(allBillLinesOf(customer)).isEqualTo(linesBefore);
        assertThat(credits.creditsFor("FR-2026-000301")).containsExactly(credit);
    }

    @Test
    void aBillCreditGoesOnTheOpenBillAsANegativeCreditLine() {
        long customer = 4;
        Bill open = openBill(customer, "BL-202603-900004", "99.00");

        CreditResult result = credits.applyCredit(billCredit(customer, "FR-2026-000401", "FR-2026-000401:credit", "25.5"));

        Credit credit = result.credit();
        assertThat(credit.amount()).isEqualByComparingTo("25.50");
        List<BillLine> lines = billing.linesOf(open.id());
        BillLine creditLine = lines.get(lines.size() - 1);
        assertThat(creditLine.kind()).isEqualTo(BillLineKind.CREDIT);
        assertThat(creditLine.amount()).isEqualByComparingTo("-25.50");
        assertThat(creditLine.subscriptionId()).isNull();
        assertThat(creditLine.description()).isEqualTo("Repair promise missed");
        assertThat(credit.billLineId()).isEqualTo(creditLine.id());
        Bill after = billing.bill(open.id()).orElseThrow();
        assertThat(after.total()).isEqualByComparingTo("73.50");
        assertThat(sum(lines)).isEqualByComparingTo(after.total());
    }

    @Test
    void freeDaysAreWorthADayOfTheActiveLinesMonthlyPrices() {
        long customer = 5;
        BigDecimal monthly = expected.subscriptions().stream()
                .filter(s -> s.customerId() == customer && s.isActive())
                .map(s -> planPrice(s.planCode()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(monthly).isPositive();
        BigDecimal threeDays = monthly.multiply(BigDecimal.valueOf(3)).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP);

        CreditResult result = credits.applyCredit(new CreditRequest(customer, "FR-2026-000501", "FR-2026-000501:credit",
                "free-days", null, 3, "Repair promise missed: 3 free days"));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.credit().type()).isEqualTo(CreditType.FREE_DAYS);
        assertThat(result.credit().freeDays()).isEqualTo(3);
        assertThat(result.credit().amount()).isEqualByComparingTo(threeDays);
        assertThat(credits.creditsFor("FR-2026-000501")).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo(threeDays));
    }

    @Test
    void freeDaysRoundToTheCent() {
        Subscription single = expected.subscriptions().stream()
                .filter(s -> s.isActive() && s.planCode().equals("BB-300"))
                .filter(s -> expected.subscriptions().stream().filter(o -> o.customerId() == s.customerId() && o.isActive()).count() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no customer with only a BB-300 line"));

        // BB-300 costs 109.00 a month: 109 / 30 = 3.6333 a day
        assertThat(credits.freeDaysAmount(single.customerId(), 1)).isEqualByComparingTo("3.63");
        assertThat(credits.freeDaysAmount(single.customerId(), 2)).isEqualByComparingTo("7.27"); // 7.2666 up
        assertThat(credits.freeDaysAmount(single.customerId(), 3)).isEqualByComparingTo("10.90");
    }

    @Test
    void aRetryReturnsTheFirstCreditAndWritesNothing() {
        long customer = 6;
        Bill open = openBill(customer, "BL-202603-900006", "59.00");
        CreditRequest request = billCredit(customer, "FR-2026-000601", "FR-2026-000601:Task_ApplyCredit:late", "20");

        CreditResult first = credits.applyCredit(request);
        CreditResult retry = credits.applyCredit(request);
        CreditResult sameKeyOtherAmount = credits.applyCredit(billCredit(customer, "FR-2026-000601",
                "FR-2026-000601:Task_ApplyCredit:late", "500"));

        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(retry.outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(retry.credit()).isEqualTo(first.credit());
        assertThat(sameKeyOtherAmount.outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(sameKeyOtherAmount.amount()).isEqualByComparingTo("20.00");
        assertThat(credits.creditsFor("FR-2026-000601")).hasSize(1);
        assertThat(billing.linesOf(open.id())).filteredOn(l -> l.kind() == BillLineKind.CREDIT).hasSize(1);
        assertThat(billing.bill(open.id()).orElseThrow().total()).isEqualByComparingTo("39.00");
    }

    @Test
    void parallelDuplicatesWriteExactlyOneCreditAndOneBillLine() throws Exception {
        long customer = 7;
        Bill open = openBill(customer, "BL-202603-900007", "120.00");
        CreditRequest request = billCredit(customer, "FR-2026-000701", "FR-2026-000701:credit", "30");
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<CreditResult>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> {
                    start.await();
                    return credits.applyCredit(request);
                });
            }
            List<Future<CreditResult>> futures = new ArrayList<>();
            for (Callable<CreditResult> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<CreditResult> results = new ArrayList<>();
            for (Future<CreditResult> future : futures) {
                results.add(future.get());
            }

            assertThat(results).filteredOn(r -> r.outcome() == Outcome.APPLIED).hasSize(1);
            assertThat(results).filteredOn(r -> r.outcome() == Outcome.ALREADY_APPLIED).hasSize(threads - 1);
            assertThat(results).extracting(r -> r.credit().id()).containsOnly(results.get(0).credit().id());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from linecare.credit where idempotency_key = :key")
                .param("key", request.idempotencyKey()).query(Integer.class).single()).isEqualTo(1);
        assertThat(billing.linesOf(open.id())).filteredOn(l -> l.kind() == BillLineKind.CREDIT).hasSize(1);
        assertThat(billing.bill(open.id()).orElseThrow().total()).isEqualByComparingTo("90.00");
    }

    @Test
    void noneAndZeroCreditNothing() {
        long customer = 8;

        assertThat(credits.applyCredit(new CreditRequest(customer, "FR-2026-000801", "FR-2026-000801:a", "none",
                BigDecimal.ZERO, 0, "kept")).outcome()).isEqualTo(Outcome.NOTHING_TO_CREDIT);
        CreditResult zero = credits.applyCredit(billCredit(customer, "FR-2026-000801", "FR-2026-000801:b", "0"));
        assertThat(zero.outcome()).isEqualTo(Outcome.NOTHING_TO_CREDIT);
        assertThat(zero.credit()).isNull();
        assertThat(zero.amount()).isEqualByComparingTo("0");
        assertThat(credits.applyCredit(new CreditRequest(customer, "FR-2026-000801", "FR-2026-000801:c", "free-days",
                null, 0, "no days")).outcome()).isEqualTo(Outcome.NOTHING_TO_CREDIT);
        assertThat(credits.creditsFor("FR-2026-000801")).isEmpty();
    }

    @Test
    void invalidRequestsAreRejectedWithAReadableMessage() {
        assertThatThrownBy(() -> credits.applyCredit(billCredit(99_999, "FR-2026-000901", "FR-2026-000901:x", "10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99999").hasMessageContaining("no such customer");
        assertThatThrownBy(() -> credits.applyCredit(billCredit(9, "FR-2026-000901", "FR-2026-000901:x", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> credits.applyCredit(new CreditRequest(9, "FR-2026-000901", "FR-2026-000901:x",
                "voucher", BigDecimal.TEN, 0, "r"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("voucher");
        assertThatThrownBy(() -> credits.applyCredit(new CreditRequest(9, "FR-2026-000901", "FR-2026-000901:x",
                "free-days", null, -2, "r"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credits.applyCredit(billCredit(9, "FR-2026-000901", " ", "10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key");
        assertThat(credits.creditsFor("FR-2026-000901")).isEmpty();
    }

    @Test
    void creditsOfACaseOldestFirst() {
        long customer = 10;
        Credit first = credits.applyCredit(billCredit(customer, "FR-2026-001001", "FR-2026-001001:first", "10")).credit();
        Credit second = credits.applyCredit(new CreditRequest(customer, "FR-2026-001001", "FR-2026-001001:second",
                "free-days", null, 1, "second miss")).credit();

        assertThat(credits.creditsFor("FR-2026-001001")).containsExactly(first, second);
        assertThat(credits.creditsFor("FR-2026-999999")).isEmpty();
    }

    private static CreditRequest billCredit(long customer, String caseReference, String key, String amount) {
        return new CreditRequest(customer, caseReference, key, "bill-credit", new BigDecimal(amount), 0,
                "Repair promise missed");
    }

    /** A March bill still being prepared, with one recurring charge. */
    private static Bill openBill(long customer, String reference, String recurring) {
        long billId = jdbc.sql("""
                        insert into linecare.bill (customer_id, reference, period_start, period_end, issued_on, due_on, total, state)
                        values (:customer, :reference, date '2026-03-01', date '2026-03-31', date '2026-04-01',
                                date '2026-04-21', :total, 'new')
                        returning id""")
                .param("customer", customer).param("reference", reference).param("total", new BigDecimal(recurring))
                .query(Long.class).single();
        jdbc.sql("insert into linecare.bill_line (bill_id, kind, description, amount) values (:bill, 'recurring', '月租 2026-03', :amount)")
                .param("bill", billId).param("amount", new BigDecimal(recurring)).update();
        Bill bill = billing.nextOpenBill(customer).orElseThrow();
        assertThat(bill.id()).isEqualTo(billId);
        return bill;
    }

    private static int allBillLinesOf(long customer) {
        return billing.billsOf(customer).stream().mapToInt(b -> billing.linesOf(b.id()).size()).sum();
    }

    private static BigDecimal sum(List<BillLine> lines) {
        return lines.stream().map(BillLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal planPrice(String code) {
        return expected.pricePlans().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().monthlyPrice();
    }
}
