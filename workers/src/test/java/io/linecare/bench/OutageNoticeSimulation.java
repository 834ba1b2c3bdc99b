package io.linecare.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * How many customers of an outage hear from us before they would have called: a simulation of call
 * arrivals against the deployed {@code processes/cluster-threshold.dmn}, the same decision the
 * complaint-group process takes after every complaint.
 *
 * <p>Model (assumptions, printed with the figures): an outage hits {@code N} customers of one access
 * node at a random minute of an hour; each customer would call with probability {@code P_CALL}, after
 * an exponential delay (mean {@code MEAN_CALL_MINUTES}); the hourly area sample shows the drop (30 % of
 * the median, 4 % loss) from the first full hour of the outage; the notice goes out when the decision
 * says suspected plus the analyst's review time (0: Linecare's outage-suspected message, sent then). A
 * customer who is told before their call time does not call. The baseline is Linecare without complaint
 * grouping: nobody is told, only those who never call were spared a call.
 *
 * <pre>./mvnw -q -pl workers test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.linecare.bench.OutageNoticeSimulation -Dexec.args=2000</pre>
 */
public final class OutageNoticeSimulation {

    static final double P_CALL = 0.4;
    static final double MEAN_CALL_MINUTES = 45;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        DmnDecision threshold;
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        Path model = Path.of("processes/cluster-threshold.dmn");
        if (!Files.exists(model)) {
            model = Path.of("../processes/cluster-threshold.dmn");
        }
        try (InputStream in = Files.newInputStream(model)) {
            threshold = engine.parseDecision("cluster-threshold", in);
        }
        System.out.printf("Outage notice simulation: %d runs per row, seed 7; P(call)=%.0f %%, mean call delay %.0f min%n",
                runs, P_CALL * 100, MEAN_CALL_MINUTES);
        System.out.println("customers | analyst review | told before calling: mean  p10  | baseline (no grouping) | notice after (median min)");
        for (int customers : new int[] {30, 100, 300}) {
            for (int review : new int[] {0, 5, 10, 30}) {
                Random random = new Random(7);
                List<Double> shares = new ArrayList<>();
                List<Double> baseline = new ArrayList<>();
                List<Double> noticeAt = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    Result result = run(engine, threshold, customers, review, random);
                    shares.add(result.toldFirst);
                    baseline.add(result.neverCalls);
                    noticeAt.add(result.noticeMinute);
                }
                System.out.printf("%9d | %11d min | %26.1f %% %4.1f %% | %21.1f %% | %8.0f%n", customers, review,
                        mean(shares), percentile(shares, 0.10), mean(baseline), percentile(noticeAt, 0.5));
            }
        }
    }

    private record Result(double toldFirst, double neverCalls, double noticeMinute) {
    }

    private static Result run(DmnEngine engine, DmnDecision threshold, int customers, int review, Random random) {
        List<Double> calls = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            calls.add(random.nextDouble() < P_CALL ? -Math.log(1 - random.nextDouble()) * MEAN_CALL_MINUTES
                    : Double.POSITIVE_INFINITY);
        }
        Collections.sort(calls);
        double firstSample = 60 - random.nextInt(60);
        // the group counts again after every complaint and at its regular look every 5 minutes
        List<Double> looks = new ArrayList<>(calls.stream().filter(Double::isFinite).toList());
        looks.add(Math.ceil(firstSample / 5) * 5);
        Collections.sort(looks);
        double notice = Double.POSITIVE_INFINITY;
        for (double at : looks) {
            long complaints = calls.stream().filter(call -> call <= at).count();
            if (complaints > 0 && suspected(engine, threshold, (int) complaints, customers, at >= firstSample)) {
                notice = at + 1 + review;
                break;
            }
        }
        final double noticeAt = notice;
        long toldFirst = calls.stream().filter(call -> call > noticeAt).count();
        long neverCalls = calls.stream().filter(call -> !Double.isFinite(call)).count();
        return new Result(100.0 * toldFirst / customers, 100.0 * neverCalls / customers, noticeAt);
    }

    private static boolean suspected(DmnEngine engine, DmnDecision threshold, int complaints, int lines, boolean dropVisible) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("ticketsInWindow", complaints);
        inputs.put("shareOfLinesPct", 100.0 * complaints / lines);
        inputs.put("bigClientInvolved", false);
        inputs.put("downloadPctOfMedian", dropVisible ? 30.0 : 100.0);
        inputs.put("packetLossPct", dropVisible ? 4.0 : 0.2);
        return Boolean.TRUE.equals(engine.evaluateDecisionTable(threshold, inputs).getSingleResult().getEntry("suspected"));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.floor(p * (sorted.size() - 1)));
    }

    private OutageNoticeSimulation() {
    }
}
