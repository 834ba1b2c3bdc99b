package io.linecare.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.linecare.network.Measurement;

/**
 * Puts the demo ISP into the database at start when {@code linecare.demo-data=true} (never in
 * prod). The static data set is written once, into an empty CRM; what is relative to now is
 * topped up at every start so a demo that was stopped for a week still looks alive: hourly area
 * measurements up to the current hour and technician shifts for the next {@value #SHIFT_DAYS} days.
 * Runs during context start, so flows and screens never see a half-seeded ISP.
 */
@Component
@ConditionalOnProperty(name = "linecare.demo-data", havingValue = "true")
public class DemoDataSeeder implements InitializingBean {

    /** 571: Hangzhou's area code. Changing it changes every demo customer. */
    public static final long SEED = 571L;
    public static final int SHIFT_DAYS = 21;
    public static final Duration MEASUREMENT_HISTORY = Duration.ofDays(14);
    /** The demo ISP's home zone decides what "today" is for bills and shifts. */
    static final ZoneId HOME_ZONE = ZoneId.of(DemoCatalog.TIME_ZONE);

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /**
     * What one run did.
     *
     * @param seeded false when the data set was already there and only the top-ups ran
     */
    public record SeedReport(boolean seeded, int customers, int subscriptions, int areas, int accessNodes,
            int technicians, int bills, int billLines, int usageRecords, int measurementsAdded, int shiftsAdded,
            Duration took) {
    }

    private final DemoIspWriter writer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Autowired
    public DemoDataSeeder(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this(jdbc, transactions, clock.getIfAvailable(Clock::systemUTC));
    }

    public DemoDataSeeder(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.writer = new DemoIspWriter(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        SeedReport report = seed();
        if (report.seeded()) {
            log.info("Demo data seeded in {} ms: {} customers, {} subscriptions, {} areas, {} access nodes, "
                            + "{} technicians, {} bills ({} lines), {} usage records, {} measurements, {} shifts",
                    report.took().toMillis(), report.customers(), report.subscriptions(), report.areas(),
                    report.accessNodes(), report.technicians(), report.bills(), report.billLines(),
                    report.usageRecords(), report.measurementsAdded(), report.shiftsAdded());
        } else {
            log.info("Demo data present ({} customers); topped up {} measurements and {} shifts in {} ms",
                    report.customers(), report.measurementsAdded(), report.shiftsAdded(), report.took().toMillis());
        }
    }

    /** Seeds if the CRM is empty, then tops up; one transaction, safe to run on several nodes at once. */
    public SeedReport seed() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            writer.lock();
            DemoIspGenerator generator = new DemoIspGenerator(SEED, LocalDate.ofInstant(now, HOME_ZONE));
            DemoIsp isp = null;
            if (writer.customerCount() == 0) {
                isp = generator.generate();
                writer.insert(isp);
            }
            int measurements = topUpMeasurements(generator, now);
            int shifts = writer.insertShifts(generator.shifts(writer.activeTechnicianZones(),
                    LocalDate.ofInstant(now, HOME_ZONE), SHIFT_DAYS));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (isp == null) {
                return new SeedReport(false, (int) writer.customerCount(), 0, 0, 0, 0, 0, 0, 0, measurements, shifts, took);
            }
            return new SeedReport(true, isp.customers().size(), isp.subscriptions().size(), isp.areas().size(),
                    isp.accessNodes().size(), isp.technicians().size(), isp.bills().size(), isp.billLines().size(),
                    isp.usageRecords().size(), measurements, shifts, took);
        });
    }

    /**
     * From the hour after the last stored one (at most {@link #MEASUREMENT_HISTORY} back) to the
     * current hour inclusive.
     */
    private int topUpMeasurements(DemoIspGenerator generator, Instant now) {
        Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
        Instant oldest = currentHour.minus(MEASUREMENT_HISTORY).plus(Duration.ofHours(1));
        List<Measurement> missing = new ArrayList<>();
        for (String areaId : writer.areaIds()) {
            Instant from = writer.lastMeasurement(areaId)
                    .map(last -> last.plus(Duration.ofHours(1)))
                    .filter(next -> next.isAfter(oldest))
                    .orElse(oldest);
            missing.addAll(generator.measurements(areaId, from, currentHour.plus(Duration.ofHours(1))));
        }
        return writer.insertMeasurements(missing);
    }
}
