package io.linecare.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.linecare.billing.Bill;
import io.linecare.billing.BillLine;
import io.linecare.billing.BillLineKind;
import io.linecare.billing.BillState;
import io.linecare.billing.PriceChange;
import io.linecare.billing.PricePlan;
import io.linecare.billing.UsageKind;
import io.linecare.billing.UsageRecord;
import io.linecare.customer.ChannelPreference;
import io.linecare.customer.Customer;
import io.linecare.customer.QuietHours;
import io.linecare.customer.ServiceType;
import io.linecare.customer.Subscription;
import io.linecare.customer.SubscriptionStatus;
import io.linecare.customer.Tier;
import io.linecare.demo.DemoCatalog.AreaSpec;
import io.linecare.demo.DemoCatalog.PlanSpec;
import io.linecare.network.AccessNode;
import io.linecare.network.AccessNodeKind;
import io.linecare.network.Area;
import io.linecare.network.LineStatus;
import io.linecare.network.LineTestResult;
import io.linecare.network.Measurement;
import io.linecare.workforce.Shift;
import io.linecare.workforce.Skill;
import io.linecare.workforce.Technician;

/**
 * Builds the demo ISP. Pure and deterministic: everything comes from the seed and the reference
 * date passed in (never the clock), so the same seed and date give the same rows on every machine
 * and a failing demo can be reproduced. Bills cover the three whole months before the reference
 * date; customers and lines all start before them, which keeps every bill a full month.
 *
 * <p>Story hooks for the guided tour: CU-000001 has a line fault a port reset fixes, CU-000002 a
 * fibre fault that needs a visit in T01's area, CU-000003 is on BB-300 whose price rose without
 * announcement, CU-000004 is an enterprise client. {@link #OVERCHARGED_BILLS} bills charge one
 * pay-per-view film twice, so a usage check finds a real discrepancy.
 */
public final class DemoIspGenerator {

    public static final int CUSTOMERS = 220;
    public static final int TECHNICIANS = 24;
    public static final int BILLED_MONTHS = 3;
    public static final int OVERCHARGED_BILLS = 3;
    /** The plan whose price change was never announced. */
    public static final String UNANNOUNCED_PLAN = "BB-300";

    static final BigDecimal VOICE_RATE_PER_MINUTE = new BigDecimal("0.10");
    private static final List<BigDecimal> PAY_PER_VIEW_PRICES =
            List.of(new BigDecimal("5.00"), new BigDecimal("8.00"), new BigDecimal("15.00"));
    private static final BigDecimal CPE_REPLACEMENT = new BigDecimal("150.00");
    private static final BigDecimal GOODWILL_CREDIT = new BigDecimal("-10.00");
    private static final LocalTime SHIFT_START = LocalTime.of(8, 0);
    private static final LocalTime SHIFT_END = LocalTime.of(17, 0);
    private static final ZoneId ZONE = ZoneId.of(DemoCatalog.TIME_ZONE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter BILL_MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final List<QuietHours> QUIET_HOURS = List.of(
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)),
            new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30)),
            new QuietHours(LocalTime.of(20, 30), LocalTime.of(8, 30)),
            new QuietHours(LocalTime.of(22, 30), LocalTime.of(7, 0)));
    private static final int[] NPS_ANSWERS = {10, 10, 9, 9, 9, 8, 8, 8, 8, 7, 7, 7, 6, 6, 5, 4, 3, 2, 0};

    /** A customer whose situation the guided tour relies on. */
    private record Scripted(String name, String pinyin, Tier tier, String areaId, String broadbandPlan,
            LineStatus lineStatus, boolean remotelyFixable, String detail) {
    }

    private static final List<Scripted> SCRIPTED = List.of(
            new Scripted("张伟", "wei.zhang", Tier.STANDARD, "A01", "BB-500", LineStatus.LINE_FAULT, true,
                    "Port A01-OLT1 0/3/12 flapping; a remote port reset should clear it"),
            new Scripted("王芳", "fang.wang", Tier.PREMIUM, "A01", "BB-1000", LineStatus.LINE_FAULT, false,
                    "ONT receive power -29.6 dBm: fibre damaged between splitter and home, needs a visit"),
            new Scripted("李娜", "na.li", Tier.STANDARD, "A05", UNANNOUNCED_PLAN, LineStatus.OK, false,
                    "Line test passed: ONT receive power -19.4 dBm, sync normal"),
            new Scripted("杭州云帆科技有限公司", "noc.yunfan", Tier.ENTERPRISE, "A05", "BB-ENT-1000",
                    LineStatus.OK, false, "Line test passed: ONT receive power -18.7 dBm, sync normal"));

    private final long seed;
    private final LocalDate referenceDate;

    public DemoIspGenerator(long seed, LocalDate referenceDate) {
        this.seed = seed;
        this.referenceDate = referenceDate;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public DemoIsp generate() {
        return new Run(new Random(seed)).build();
    }

    /**
     * Hourly KPIs of an area for the hours {@code fromHour <= h < toHour}. Each hour has its own
     * random stream derived from seed, area and hour, so a top-up after a restart produces the same
     * values a first seed would have.
     */
    public List<Measurement> measurements(String areaId, Instant fromHour, Instant toHour) {
        int baseline = DemoCatalog.AREAS.stream().filter(a -> a.id().equals(areaId))
                .mapToInt(AreaSpec::baselineMbps).findFirst().orElse(300);
        List<Measurement> result = new ArrayList<>();
        for (Instant hour = fromHour.truncatedTo(ChronoUnit.HOURS); hour.isBefore(toHour);
                hour = hour.plus(Duration.ofHours(1))) {
            long epochHour = hour.getEpochSecond() / 3600;
            Random random = new Random(seed ^ (areaId.hashCode() * 0x9E3779B97F4A7C15L) ^ (epochHour * 0xC2B2AE3D27D4EB4FL));
            int localHour = hour.atZone(ZONE).getHour();
            // evening streaming peak: the shared access network slows down, loss rises a little
            boolean peak = localHour >= 19 && localHour <= 22;
            double load = peak ? 0.72 : (localHour == 18 || localHour == 23) ? 0.85 : localHour <= 6 ? 1.02 : 0.95;
            double download = baseline * load * (1 + random.nextGaussian() * 0.03);
            double loss = 0.12 + (peak ? 0.15 : 0.03) + Math.abs(random.nextGaussian()) * 0.06;
            result.add(new Measurement(areaId, hour,
                    BigDecimal.valueOf(download).setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(Math.min(0.5, Math.max(0.1, loss))).setScale(3, RoundingMode.HALF_UP)));
        }
        return result;
    }

    /**
     * Day shifts Monday to Saturday, 08:00–17:00 in each technician's local zone, for
     * {@code days} days from {@code from}.
     *
     * @param technicianZones active technicians and the time zone of their home area
     */
    public List<Shift> shifts(Map<String, ZoneId> technicianZones, LocalDate from, int days) {
        List<Shift> result = new ArrayList<>();
        technicianZones.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            for (int d = 0; d < days; d++) {
                LocalDate date = from.plusDays(d);
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                result.add(new Shift(entry.getKey(), date, date.atTime(SHIFT_START).atZone(entry.getValue()).toInstant(),
                        date.atTime(SHIFT_END).atZone(entry.getValue()).toInstant()));
            }
        });
        return result;
    }

    /** One generation: holds the random stream and the rows built so far. */
    private final class Run {

        private final Random random;
        private final List<YearMonth> billedMonths = new ArrayList<>();
        private final LocalDate firstBilledDay;
        private final List<Area> areas = new ArrayList<>();
        private final List<AccessNode> accessNodes = new ArrayList<>();
        private final List<PricePlan> pricePlans = new ArrayList<>();
        private final List<PriceChange> priceChanges = new ArrayList<>();
        private final List<Customer> customers = new ArrayList<>();
        private final List<Subscription> subscriptions = new ArrayList<>();
        private final List<LineTestResult> lineConditions = new ArrayList<>();
        private final List<Technician> technicians = new ArrayList<>();
        private final List<Bill> bills = new ArrayList<>();
        private final List<BillLine> billLines = new ArrayList<>();
        private final List<UsageRecord> usageRecords = new ArrayList<>();
        private final Map<String, AreaSpec> areaSpecs = new LinkedHashMap<>();
        private final Map<String, PlanSpec> planSpecs = new LinkedHashMap<>();
        private final Set<String> usedMobiles = new HashSet<>();
        private final Set<String> usedEmails = new HashSet<>();
        private final Set<String> usedLineNumbers = new HashSet<>();
        private final Map<Long, List<UsageRecord>> usageBySubscription = new LinkedHashMap<>();
        private final Set<Long> overchargedCustomers = new HashSet<>();
        private long lastUsageId;
        private long lastBillLineId;

        Run(Random random) {
            this.random = random;
            YearMonth current = YearMonth.from(referenceDate);
            for (int m = BILLED_MONTHS; m >= 1; m--) {
                billedMonths.add(current.minusMonths(m));
            }
            firstBilledDay = billedMonths.get(0).atDay(1);
        }

        DemoIsp build() {
            areasAndNodes();
            plansAndPrices();
            customersAndLines();
            technicians();
            usage();
            bills();
            return new DemoIsp(areas, accessNodes, pricePlans, priceChanges, customers, subscriptions,
                    lineConditions, technicians, bills, billLines, usageRecords);
        }

        private void areasAndNodes() {
            for (AreaSpec spec : DemoCatalog.AREAS) {
                areaSpecs.put(spec.id(), spec);
                areas.add(new Area(spec.id(), DemoCatalog.CITY, spec.district(), spec.name(), ZONE,
                        spec.workingStart(), spec.workingEnd(), spec.workingDays()));
                for (int n = 1; n <= spec.olts(); n++) {
                    accessNodes.add(new AccessNode(spec.id() + "-OLT" + n, spec.id(), spec.name() + " OLT-" + n,
                            AccessNodeKind.OLT));
                }
                accessNodes.add(new AccessNode(spec.id() + "-CMTS1", spec.id(), spec.name() + " CMTS-1",
                        AccessNodeKind.CMTS));
            }
        }

        private void plansAndPrices() {
            YearMonth current = YearMonth.from(referenceDate);
            LocalDate tvRise = current.minusMonths(2).atDay(1);
            LocalDate broadbandRise = current.minusMonths(1).atDay(1);
            LocalDate broadbandCut = current.plusMonths(1).atDay(1);
            priceChanges.add(new PriceChange(1, "TV-BASIC", tvRise, money("24.00"), money("26.00"), tvRise.minusDays(45)));
            // never announced: charging it is the billing error the dispute flow must find
            priceChanges.add(new PriceChange(2, UNANNOUNCED_PLAN, broadbandRise, money("99.00"), money("109.00"), null));
            priceChanges.add(new PriceChange(3, "BB-100", broadbandCut, money("69.00"), money("59.00"),
                    referenceDate.minusDays(10)));
            for (PlanSpec spec : DemoCatalog.PLANS) {
                planSpecs.put(spec.code(), spec);
                pricePlans.add(new PricePlan(spec.code(), spec.serviceType(), spec.name(),
                        priceOn(spec.code(), referenceDate), spec.downloadMbps()));
            }
        }

        private BigDecimal priceOn(String planCode, LocalDate date) {
            BigDecimal price = planSpecs.get(planCode).basePrice();
            for (PriceChange change : priceChanges) {
                if (change.planCode().equals(planCode) && !change.effectiveFrom().isAfter(date)) {
                    price = change.newPrice();
                }
            }
            return price;
        }

        private void customersAndLines() {
            List<Tier> tiers = tierMix();
            int companyIndex = 0;
            for (int i = 1; i <= CUSTOMERS; i++) {
                Scripted script = i <= SCRIPTED.size() ? SCRIPTED.get(i - 1) : null;
                Tier tier = tiers.get(i - 1);
                String areaId = script != null ? script.areaId() : pickArea(tier);
                AreaSpec area = areaSpecs.get(areaId);
                boolean english = script == null && random.nextDouble() < 0.15;
                String name;
                String mailbox;
                if (script != null) {
                    name = script.name();
                    mailbox = script.pinyin();
                    if (tier == Tier.ENTERPRISE) {
                        companyIndex++; // the scripted company is the catalogue's first
                    }
                } else if (tier == Tier.ENTERPRISE) {
                    name = DemoCatalog.COMPANIES.get(companyIndex++ % DemoCatalog.COMPANIES.size());
                    mailbox = "it-support.cu" + i;
                } else if (english && random.nextDouble() < 0.35) {
                    name = pick(DemoCatalog.FOREIGN_NAMES);
                    mailbox = name.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '.');
                } else {
                    String[] surname = DemoCatalog.SURNAMES[random.nextInt(DemoCatalog.SURNAMES.length)];
                    String[] given = DemoCatalog.GIVEN_NAMES[random.nextInt(DemoCatalog.GIVEN_NAMES.length)];
                    name = surname[0] + given[0];
                    mailbox = given[1] + "." + surname[1];
                }
                long id = i;
                LocalDate since = referenceDate.minusDays(200 + random.nextInt(2700));
                boolean bigClient = tier == Tier.ENTERPRISE || (tier == Tier.PREMIUM && random.nextDouble() < 0.15);
                double channel = random.nextDouble();
                ChannelPreference preference = channel < 0.45 ? ChannelPreference.BOTH
                        : channel < 0.75 ? ChannelPreference.SMS : ChannelPreference.EMAIL;
                QuietHours quiet = random.nextDouble() < (tier == Tier.ENTERPRISE ? 0.4 : 0.7) ? pick(QUIET_HOURS) : null;
                Integer nps = random.nextDouble() < 0.6 ? NPS_ANSWERS[random.nextInt(NPS_ANSWERS.length)] : null;
                customers.add(new Customer(id, String.format("CU-%06d", i), name, tier, bigClient,
                        email(mailbox), mobile(), Locale.forLanguageTag(english ? "en" : "zh-CN"), preference, quiet,
                        ZONE, address(area, tier), areaId, since, nps));
                linesOf(id, tier, area, since, script);
            }
        }

        /** Exactly 70 / 22 / 8 percent (rounded), shuffled, with the scripted customers' tiers in front. */
        private List<Tier> tierMix() {
            int enterprise = Math.round(CUSTOMERS * 0.08f);
            int premium = Math.round(CUSTOMERS * 0.22f);
            List<Tier> tiers = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                tiers.add(i < enterprise ? Tier.ENTERPRISE : i < enterprise + premium ? Tier.PREMIUM : Tier.STANDARD);
            }
            Collections.shuffle(tiers, random);
            for (int i = 0; i < SCRIPTED.size(); i++) {
                Tier wanted = SCRIPTED.get(i).tier();
                if (tiers.get(i) != wanted) {
                    int swap = tiers.subList(SCRIPTED.size(), tiers.size()).indexOf(wanted) + SCRIPTED.size();
                    Collections.swap(tiers, i, swap);
                }
            }
            return tiers;
        }

        private String pickArea(Tier tier) {
            if (tier == Tier.ENTERPRISE && random.nextDouble() < 0.7) {
                return pick(DemoCatalog.BUSINESS_AREAS);
            }
            return DemoCatalog.AREAS.get(random.nextInt(DemoCatalog.AREAS.size())).id();
        }

        private String email(String mailbox) {
            String domain = pick(DemoCatalog.MAIL_DOMAINS);
            String candidate = mailbox + "@" + domain;
            while (!usedEmails.add(candidate)) {
                candidate = mailbox + (10 + random.nextInt(90)) + "@" + domain;
            }
            return candidate;
        }

        private String mobile() {
            String candidate;
            do {
                candidate = "+86" + pick(DemoCatalog.MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
            } while (!usedMobiles.add(candidate));
            return candidate;
        }

        private String address(AreaSpec area, Tier tier) {
            String street = pick(area.streets());
            int number = 1 + random.nextInt(600);
            int building = 1 + random.nextInt(20);
            if (tier == Tier.ENTERPRISE) {
                return "浙江省杭州市" + area.district() + street + number + "号" + building + "幢" + (1 + random.nextInt(18)) + "层";
            }
            return "浙江省杭州市" + area.district() + street + number + "号" + building + "幢" + (1 + random.nextInt(3))
                    + "单元" + (1 + random.nextInt(25)) + String.format("%02d", 1 + random.nextInt(4)) + "室";
        }

        private void linesOf(long customerId, Tier tier, AreaSpec area, LocalDate since, Scripted script) {
            int lastStart = (int) ChronoUnit.DAYS.between(since, firstBilledDay) - 1;
            switch (tier) {
                case STANDARD -> {
                    double r = random.nextDouble();
                    line(customerId, area, script != null ? script.broadbandPlan() : r < 0.4 ? "BB-100" : r < 0.85 ? "BB-300" : "BB-500",
                            since, script);
                    if (random.nextDouble() < 0.30) {
                        line(customerId, area, "VOIP-HOME", since.plusDays(random.nextInt(lastStart)), null);
                    }
                    if (random.nextDouble() < 0.35) {
                        line(customerId, area, random.nextDouble() < 0.7 ? "TV-BASIC" : "TV-PLUS",
                                since.plusDays(random.nextInt(lastStart)), null);
                    }
                }
                case PREMIUM -> {
                    line(customerId, area, script != null ? script.broadbandPlan()
                            : random.nextBoolean() ? "BB-500" : "BB-1000", since, script);
                    if (random.nextDouble() < 0.60) {
                        line(customerId, area, "VOIP-HOME", since.plusDays(random.nextInt(lastStart)), null);
                    }
                    if (random.nextDouble() < 0.60) {
                        line(customerId, area, random.nextDouble() < 0.3 ? "TV-BASIC" : "TV-PLUS",
                                since.plusDays(random.nextInt(lastStart)), null);
                    }
                }
                case ENTERPRISE -> {
                    line(customerId, area, "BB-ENT-1000", since, script);
                    if (random.nextDouble() < 0.3) {
                        line(customerId, area, "BB-ENT-1000", since.plusDays(random.nextInt(lastStart)), null);
                    }
                    int phones = random.nextDouble() < 0.4 ? 2 : 1;
                    for (int p = 0; p < phones; p++) {
                        line(customerId, area, "VOIP-BIZ", since.plusDays(random.nextInt(lastStart)), null);
                    }
                }
            }
            // a few households gave up TV before the billed months: history an agent sees, never billed
            if (tier != Tier.ENTERPRISE && random.nextDouble() < 0.05 && lastStart > 40) {
                LocalDate ended = since.plusDays(30 + random.nextInt(lastStart - 30));
                addSubscription(customerId, area, "TV-BASIC", SubscriptionStatus.CANCELLED, since, ended, null);
            }
            // and a few have one line suspended this month (after the billed months)
            if (script == null && random.nextDouble() < 0.025) {
                Subscription last = subscriptions.get(subscriptions.size() - 1);
                if (last.customerId() == customerId && last.status() == SubscriptionStatus.ACTIVE) {
                    subscriptions.set(subscriptions.size() - 1, new Subscription(last.id(), last.customerId(),
                            last.serviceType(), last.planCode(), last.lineNumber(), last.accessNodeId(),
                            SubscriptionStatus.SUSPENDED, last.startedOn(), null));
                }
            }
        }

        private void line(long customerId, AreaSpec area, String planCode, LocalDate startedOn, Scripted script) {
            addSubscription(customerId, area, planCode, SubscriptionStatus.ACTIVE, startedOn, null, script);
        }

        private void addSubscription(long customerId, AreaSpec area, String planCode, SubscriptionStatus status,
                LocalDate startedOn, LocalDate endedOn, Scripted script) {
            ServiceType type = planSpecs.get(planCode).serviceType();
            long id = subscriptions.size() + 1;
            String node = type == ServiceType.CABLE_TV ? area.id() + "-CMTS1"
                    : area.id() + "-OLT" + (1 + random.nextInt(area.olts()));
            subscriptions.add(new Subscription(id, customerId, type, planCode, lineNumber(type), node, status,
                    startedOn, endedOn));
            if (status == SubscriptionStatus.CANCELLED) {
                return; // a cancelled line has nothing left to test
            }
            lineConditions.add(script != null
                    ? new LineTestResult(id, script.lineStatus(), script.remotelyFixable(), script.detail())
                    : condition(id, type, node));
        }

        private String lineNumber(ServiceType type) {
            String candidate;
            do {
                candidate = switch (type) {
                    case BROADBAND -> String.format("BB-0571-%06d", random.nextInt(1_000_000));
                    case VOIP -> String.format("0571-8%07d", random.nextInt(10_000_000));
                    case CABLE_TV -> String.format("TV-8571%08d", random.nextInt(100_000_000));
                };
            } while (!usedLineNumbers.add(candidate));
            return candidate;
        }

        /** Mostly healthy lines; some faults, about half of them fixable from the network side. */
        private LineTestResult condition(long subscriptionId, ServiceType type, String node) {
            double r = random.nextDouble();
            if (r < 0.86) {
                return new LineTestResult(subscriptionId, LineStatus.OK, false, switch (type) {
                    case BROADBAND -> "Line test passed: ONT receive power -" + (17 + random.nextInt(6)) + ".2 dBm, sync normal";
                    case VOIP -> "Line test passed: SIP registered, no packet loss";
                    case CABLE_TV -> "Line test passed: downstream SNR " + (36 + random.nextInt(5)) + " dB";
                });
            }
            boolean fixable = random.nextDouble() < (r < 0.93 ? 0.6 : 0.3);
            if (r < 0.93) {
                String detail = fixable
                        ? (random.nextBoolean() ? "Port " + node + " 0/" + (1 + random.nextInt(8)) + "/" + random.nextInt(16)
                                + " in error state; a remote port reset should clear it"
                                : "Service profile missing on " + node + "; re-provisioning should restore it")
                        : switch (type) {
                            case BROADBAND, VOIP -> "ONT receive power -" + (28 + random.nextInt(4))
                                    + ".4 dBm: fibre damage on the drop cable, needs a visit";
                            case CABLE_TV -> "Downstream SNR 21 dB: coax damage near the tap, needs a visit";
                        };
                return new LineTestResult(subscriptionId, LineStatus.LINE_FAULT, fixable, detail);
            }
            String detail = switch (type) {
                case BROADBAND -> fixable ? "ONT firmware hung; a remote reboot should clear it"
                        : "ONT reports LOS with good line power: the customer's ONT needs replacing";
                case VOIP -> fixable ? "Phone adapter lost its SIP configuration; a remote push should restore it"
                        : "Phone adapter does not answer: the device needs replacing";
                case CABLE_TV -> fixable ? "Set-top box stuck on an old entitlement; a remote refresh should clear it"
                        : "Set-top box does not register: the box needs replacing";
            };
            return new LineTestResult(subscriptionId, LineStatus.CPE_FAULT, fixable, detail);
        }

        private void technicians() {
            List<Set<Skill>> skills = new ArrayList<>();
            List<Set<String>> served = new ArrayList<>();
            List<Boolean> active = new ArrayList<>();
            int areaCount = DemoCatalog.AREAS.size();
            for (int k = 0; k < TECHNICIANS; k++) {
                int home = (k / 2) % areaCount;
                Set<String> areaIds = new LinkedHashSet<>();
                areaIds.add(DemoCatalog.AREAS.get(home).id());
                areaIds.add(DemoCatalog.AREAS.get(k % 2 == 0 ? (home + 1) % areaCount : (home + areaCount - 1) % areaCount).id());
                Set<Skill> set = EnumSet.noneOf(Skill.class);
                if (random.nextDouble() < 0.9) {
                    set.add(Skill.BROADBAND);
                }
                if (random.nextDouble() < 0.55) {
                    set.add(Skill.VOIP);
                }
                if (random.nextDouble() < 0.4) {
                    set.add(Skill.CABLE_TV);
                }
                if (random.nextDouble() < 0.3) {
                    set.add(Skill.FIBRE_SPLICING);
                }
                if (random.nextDouble() < 0.2) {
                    set.add(Skill.ENTERPRISE);
                }
                if (set.isEmpty()) {
                    set.add(Skill.BROADBAND);
                }
                skills.add(set);
                served.add(areaIds);
                active.add(k != 11 && k != 18); // T12 and T19 are on long leave
            }
            // the demo logins: both cover the tour's areas A01 and A05
            skills.set(0, EnumSet.of(Skill.BROADBAND, Skill.VOIP, Skill.FIBRE_SPLICING));
            served.set(0, new LinkedHashSet<>(List.of("A01", "A02", "A05")));
            skills.set(1, EnumSet.of(Skill.BROADBAND, Skill.CABLE_TV, Skill.ENTERPRISE));
            served.set(1, new LinkedHashSet<>(List.of("A01", "A03", "A05")));
            // every area can be served in every skill by someone active, so no demo case dead-ends
            for (AreaSpec area : DemoCatalog.AREAS) {
                for (Skill skill : Skill.values()) {
                    boolean covered = false;
                    int firstActive = -1;
                    for (int k = 0; k < TECHNICIANS; k++) {
                        if (active.get(k) && served.get(k).contains(area.id())) {
                            covered |= skills.get(k).contains(skill);
                            if (firstActive < 0 && k > 1) {
                                firstActive = k;
                            }
                        }
                    }
                    if (!covered) {
                        skills.get(firstActive).add(skill);
                    }
                }
            }
            for (int k = 0; k < TECHNICIANS; k++) {
                String login = k == 0 ? "chen.jie" : k == 1 ? "sun.hao" : null;
                technicians.add(new Technician(String.format("T%02d", k + 1), login, DemoCatalog.TECHNICIAN_NAMES.get(k),
                        mobile(), DemoCatalog.AREAS.get((k / 2) % areaCount).id(), skills.get(k), served.get(k),
                        active.get(k)));
            }
        }

        /** Daily rated usage from the first billed day to the day before the reference date. */
        private void usage() {
            // the first few TV households (after the tour's customers) get a film charged twice
            for (Subscription line : subscriptions) {
                if (overchargedCustomers.size() < OVERCHARGED_BILLS && line.serviceType() == ServiceType.CABLE_TV
                        && line.isActive() && line.customerId() > SCRIPTED.size()) {
                    overchargedCustomers.add(line.customerId());
                }
            }
            LocalDate forcedFilm = billedMonths.get(BILLED_MONTHS - 1).atDay(15);
            for (Subscription line : subscriptions) {
                if (line.status() == SubscriptionStatus.CANCELLED) {
                    continue;
                }
                List<UsageRecord> records = new ArrayList<>();
                double appetite = 2 + random.nextDouble() * 18; // GB a day this household typically uses
                boolean business = line.planCode().equals("VOIP-BIZ");
                for (LocalDate day = firstBilledDay; day.isBefore(referenceDate); day = day.plusDays(1)) {
                    switch (line.serviceType()) {
                        case BROADBAND -> {
                            double weekend = day.getDayOfWeek().getValue() >= 6 ? 1.3 : 1.0;
                            double gb = appetite * weekend * (0.5 + random.nextDouble());
                            records.add(usage(line.id(), day, UsageKind.DATA_GB,
                                    BigDecimal.valueOf(gb).setScale(2, RoundingMode.HALF_UP), BigDecimal.ZERO));
                        }
                        case VOIP -> {
                            if (random.nextDouble() < (business ? 0.85 : 0.4)) {
                                int minutes = business ? 10 + random.nextInt(290) : 1 + random.nextInt(45);
                                records.add(usage(line.id(), day, UsageKind.VOICE_MINUTES, BigDecimal.valueOf(minutes),
                                        VOICE_RATE_PER_MINUTE.multiply(BigDecimal.valueOf(minutes))));
                            }
                        }
                        case CABLE_TV -> {
                            boolean forced = day.equals(forcedFilm) && overchargedCustomers.contains(line.customerId());
                            if (random.nextDouble() < 0.07 || forced) {
                                records.add(usage(line.id(), day, UsageKind.PAY_PER_VIEW, BigDecimal.ONE,
                                        pick(PAY_PER_VIEW_PRICES)));
                            }
                        }
                    }
                }
                usageBySubscription.put(line.id(), records);
                usageRecords.addAll(records);
            }
        }

        private UsageRecord usage(long subscriptionId, LocalDate day, UsageKind kind, BigDecimal quantity, BigDecimal amount) {
            return new UsageRecord(++lastUsageId, subscriptionId, day, kind, quantity,
                    amount.setScale(2, RoundingMode.HALF_UP));
        }

        private void bills() {
            Map<Long, List<Subscription>> linesByCustomer = new LinkedHashMap<>();
            for (Subscription line : subscriptions) {
                linesByCustomer.computeIfAbsent(line.customerId(), c -> new ArrayList<>()).add(line);
            }
            for (Customer customer : customers) {
                for (YearMonth month : billedMonths) {
                    bill(customer, month, linesByCustomer.get(customer.id()));
                }
            }
        }

        private void bill(Customer customer, YearMonth month, List<Subscription> lines) {
            long billId = bills.size() + 1;
            LocalDate start = month.atDay(1);
            LocalDate end = month.atEndOfMonth();
            String period = month.format(MONTH);
            List<BillLine> these = new ArrayList<>();
            for (Subscription line : lines) {
                boolean inService = !line.startedOn().isAfter(end) && (line.endedOn() == null || !line.endedOn().isBefore(start));
                if (!inService) {
                    continue;
                }
                PlanSpec plan = planSpecs.get(line.planCode());
                these.add(billLine(billId, line.id(), BillLineKind.RECURRING, plan.name() + " 月租 " + period,
                        priceOn(line.planCode(), start)));
                List<UsageRecord> used = usageBySubscription.getOrDefault(line.id(), List.of()).stream()
                        .filter(u -> !u.day().isBefore(start) && !u.day().isAfter(end) && u.amount().signum() > 0)
                        .toList();
                if (!used.isEmpty()) {
                    BigDecimal amount = used.stream().map(UsageRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal quantity = used.stream().map(UsageRecord::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                    String description;
                    if (line.serviceType() == ServiceType.VOIP) {
                        description = "通话费 " + period + "（" + quantity.toPlainString() + " 分钟）";
                    } else {
                        description = "点播费 " + period + "（" + quantity.toPlainString() + " 次）";
                        boolean lastMonth = month.equals(billedMonths.get(BILLED_MONTHS - 1));
                        if (lastMonth && overchargedCustomers.contains(customer.id())) {
                            amount = amount.add(used.get(0).amount()); // the same film charged twice
                        }
                    }
                    these.add(billLine(billId, line.id(), BillLineKind.USAGE, description, amount));
                }
                if (line.serviceType() == ServiceType.BROADBAND && random.nextDouble() < 0.02) {
                    these.add(billLine(billId, line.id(), BillLineKind.ONE_OFF, "光猫更换", CPE_REPLACEMENT));
                }
            }
            if (random.nextDouble() < 0.03) {
                these.add(billLine(billId, null, BillLineKind.CREDIT, "服务补偿", GOODWILL_CREDIT));
            }
            billLines.addAll(these);
            BigDecimal total = these.stream().map(BillLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate issued = end.plusDays(1);
            LocalDate due = issued.plusDays(20);
            // recent bills are still open; older ones mostly paid, a few overdue
            BillState state = !due.isBefore(referenceDate) ? BillState.SENT
                    : random.nextDouble() < 0.94 ? BillState.SETTLED : BillState.SENT;
            bills.add(new Bill(billId, customer.id(), "BL-" + month.format(BILL_MONTH) + String.format("-%06d", billId),
                    start, end, issued, due, total, state));
        }

        private BillLine billLine(long billId, Long subscriptionId, BillLineKind kind, String description, BigDecimal amount) {
            return new BillLine(++lastBillLineId, billId, subscriptionId, kind, description, amount.setScale(2, RoundingMode.HALF_UP), false);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
