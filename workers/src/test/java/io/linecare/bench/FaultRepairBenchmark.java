package io.linecare.bench;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.LinecareApplication;
import io.linecare.repair.ticket.IntakeChannel;
import io.linecare.repair.ticket.Severity;
import io.linecare.repair.ticket.TicketDraft;
import io.linecare.repair.ticket.TicketType;
import io.linecare.repair.ticket.TroubleTicketService;
import io.linecare.support.TestDatabase;

/**
 * Fault repair's happy path with simulated customers and technicians, next to a bare process with the
 * same number of external tasks, in the same JVM and database and the same run. Each simulated ticket:
 * opened through TroubleTicketService (as the TMF621 API does), the customer picks the first offered
 * slot (new slots when another ticket took it first), the technician completes the visit as fixed,
 * the customer confirms. The real workers run every service task over the engine's REST API.
 * Run:
 * <pre>
 * ./mvnw -q -pl workers test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.linecare.bench.FaultRepairBenchmark -Dexec.args=100
 * </pre>
 */
public final class FaultRepairBenchmark {

    private static final int IN_FLIGHT = 8;
    private static final int WARM_UP = 5;
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
    private static final String NOOP_TOPIC = "bench.noop";

    record Result(String scenario, int instances, double wallSeconds, List<Long> latenciesMs, long statements,
                  double externalTasksPerInstance) {

        void print() {
            List<Long> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            System.out.printf("  %-28s %5d %8.1f %10.2f %10d %8d %14.1f %12.1f%n", scenario, instances, wallSeconds,
                    instances / wallSeconds, sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                    (double) statements / instances, externalTasksPerInstance);
        }
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        TestDatabase database = TestDatabase.get();
        int port = freePort();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(LinecareApplication.class);
        StatementCounter counter = StatementCounter.countingIn(builder);
        SpringApplication application = builder.build();
        try (ConfigurableApplicationContext context = application.run(
                "--linecare.database.mode=external",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=",
                "--server.port=" + port,
                "--server.shutdown=immediate",
                "--linecare.mail.embedded.port=" + freePort(),
                "--logging.level.root=warn",
                "--logging.level.org.camunda.bpm.client=off")) {
            new FaultRepairBenchmark(context, counter).run(tickets);
        } catch (Exception | AssertionError failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final JdbcClient jdbc;
    private final StatementCounter counter;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger conflicts = new AtomicInteger();

    private FaultRepairBenchmark(ConfigurableApplicationContext context, StatementCounter counter) {
        this.context = context;
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.history = context.getBean(HistoryService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.counter = counter;
    }

    private void run(int tickets) throws Exception {
        // customers hear from us by email at any hour, so no message waits for the morning
        jdbc.sql("update linecare.customer set channel_preference = 'email', quiet_hours_start = null, quiet_hours_end = null")
                .update();
        List<String[]> lines = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s
                  join linecare.customer c on c.id = s.customer_id
                  join linecare.line_condition l on l.subscription_id = s.id
                 where s.status = 'active' and s.service_type = 'broadband' and c.tier <> 'enterprise'
                   and l.status in ('ok', 'line-fault', 'cpe-fault') and not l.remotely_fixable
                 order by s.id""").query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();

        measure("warm-up", WARM_UP, i -> repairTicket(lines.get(i % lines.size())));
        Result repair = measure("fault repair (happy path)", tickets, i -> repairTicket(lines.get((i + WARM_UP) % lines.size())));

        int externalTasks = (int) Math.round(repair.externalTasksPerInstance());
        deployBare(externalTasks);
        ExternalTaskClient client = context.getBean(ExternalTaskClient.class);
        client.subscribe(NOOP_TOPIC).handler((task, service) -> service.complete(task)).open();
        measure("warm-up", WARM_UP, i -> bareInstance());
        Result bare = measure("bare: " + externalTasks + " external tasks", tickets, i -> bareInstance());

        System.out.printf("%nFault repair benchmark: %d tickets, %d in flight, %d cores, PostgreSQL %s%n", tickets, IN_FLIGHT,
                Runtime.getRuntime().availableProcessors(), jdbc.sql("show server_version").query(String.class).single());
        System.out.printf("  %-28s %5s %8s %10s %10s %8s %14s %12s%n", "scenario", "n", "wall s", "per s", "median ms",
                "p95 ms", "statements/n", "ext tasks/n");
        repair.print();
        bare.print();
        System.out.printf("  conflicts retried by the simulated people (optimistic locking): %d%n", conflicts.get());
        System.out.printf("  fault repair costs %.1fx the bare process's time per instance and %.1fx its statements%n",
                bare.instances() / bare.wallSeconds() / (repair.instances() / repair.wallSeconds()),
                ((double) repair.statements() / repair.instances()) / ((double) bare.statements() / bare.instances()));
    }

    /** Runs {@code count} instances, {@link #IN_FLIGHT} at a time; each returns its process instance id. */
    private Result measure(String scenario, int count, Function<Integer, String> instance) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        List<Future<long[]>> runs = new ArrayList<>();
        long statementsBefore = counter.statements();
        long start = System.nanoTime();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            int index = i;
            runs.add(pool.submit(() -> {
                long began = System.nanoTime();
                ids.add(instance.apply(index));
                return new long[] {(System.nanoTime() - began) / 1_000_000};
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> run : runs) {
            latencies.add(run.get()[0]);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long statements = counter.statements() - statementsBefore;
        pool.shutdown();
        long externalTasks = 0;
        for (String id : ids) {
            externalTasks += history.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .activityType("serviceTask").count();
        }
        return new Result(scenario, count, wall, latencies, statements, (double) externalTasks / count);
    }

    private String repairTicket(String[] line) {
        TroubleTicketService tickets = context.getBean(TroubleTicketService.class);
        String id = tickets.open(new TicketDraft("No internet", "Benchmark ticket", Severity.MAJOR, TicketType.CONNECTIVITY,
                IntakeChannel.PHONE, line[0], line[1]), "benchmark").id();
        String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Optional<Task> visit = Optional.empty();
        while (visit.isEmpty()) {
            awaitMessage(instanceId, "Msg_SlotPicked");
            String slot = firstOfferedSlot(instanceId);
            retryingConflicts(() -> runtime.createMessageCorrelation("Msg_SlotPicked").processInstanceId(instanceId)
                    .setVariable("pickedSlotId", slot).correlate());
            // booked (the visit task), or another ticket took the slot first and new slots are offered (empty)
            visit = await(() -> {
                Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_Visit").singleResult();
                if (task != null) {
                    return Optional.of(task);
                }
                return waitingFor(instanceId, "Msg_SlotPicked") && !slot.equals(firstOfferedSlot(instanceId))
                        ? Optional.<Task>empty() : null;
            });
        }
        String visitId = visit.get().getId();
        retryingConflicts(() -> tasks.complete(visitId, Map.of("arrived", true, "faultCause", "line-damage",
                "visitOutcome", "resolved", "visitNotes", "Benchmark visit: fixed")));
        awaitMessage(instanceId, "Msg_FixConfirmed");
        retryingConflicts(() -> runtime.createMessageCorrelation("Msg_FixConfirmed").processInstanceId(instanceId)
                .setVariables(Map.of("fixWorked", true, "satisfactionScore", 5)).correlate());
        await(() -> runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0 ? Boolean.TRUE : null);
        return instanceId;
    }

    private String bareInstance() {
        ProcessInstance instance = runtime.startProcessInstanceByKey("bench-bare");
        await(() -> runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0 ? Boolean.TRUE : null);
        return instance.getId();
    }

    private void deployBare(int externalTasks) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("bench-bare").camundaHistoryTimeToLive(1).startEvent();
        for (int i = 0; i < externalTasks; i++) {
            flow = flow.serviceTask("Task_Noop" + i).camundaExternalTask(NOOP_TOPIC);
        }
        BpmnModelInstance model = flow.endEvent().done();
        context.getBean(RepositoryService.class).createDeployment().addModelInstance("bench-bare.bpmn", model).deploy();
    }

    private String firstOfferedSlot(String instanceId) {
        try {
            return json.readTree((String) runtime.getVariable(instanceId, "offeredSlots")).get(0).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean waitingFor(String instanceId, String message) {
        return runtime.createEventSubscriptionQuery().processInstanceId(instanceId).eventType("message")
                .eventName(message).count() == 1;
    }

    private void awaitMessage(String instanceId, String message) {
        await(() -> waitingFor(instanceId, message) ? Boolean.TRUE : null);
    }

    /**
     * What Tasklist and the status page do when the engine answers a conflict (a worker completed a
     * task of the same case at that moment): try again. Counted, since it is part of the cost.
     */
    private void retryingConflicts(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (OptimisticLockingException conflict) {
                conflicts.incrementAndGet();
                if (attempt == 5) {
                    throw conflict;
                }
            }
        }
    }

    /** Polls every 20 ms until {@code check} answers non-null. */
    private static <T> T await(java.util.function.Supplier<T> check) {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = check.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("A step did not finish within " + STEP_TIMEOUT);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
