package io.linecare.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import io.linecare.LinecareApplication;
import io.linecare.communication.email.EmailComposer;
import io.linecare.communication.email.OutgoingEmail;
import io.linecare.communication.outbox.MessageDispatcher;
import io.linecare.communication.outbox.MessageRequest;
import io.linecare.communication.outbox.OutboxService;
import io.linecare.support.TestDatabase;

/**
 * How fast the outbox dispatcher sends email to a real SMTP server (GreenMail), and how many database
 * statements one message costs, next to a baseline that sends the same rendered mails straight
 * through JavaMailSender (no database). Run:
 * <pre>
 * ./mvnw -q -pl workers test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.linecare.bench.DispatchBenchmark -Dexec.args=2000
 * </pre>
 */
public final class DispatchBenchmark {

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        TestDatabase database = TestDatabase.get();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(LinecareApplication.class);
        StatementCounter counter = StatementCounter.countingIn(builder);
        SpringApplication application = builder.build();
        try (ConfigurableApplicationContext context = application.run(
                "--linecare.roles=workers",
                "--linecare.database.mode=external",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=",
                "--server.port=0",
                "--linecare.mail.embedded.port=" + freePort(),
                "--linecare.communication.dispatch.interval=PT1H",
                "--spring.mail.properties.mail.smtp.localhost=linecare.local",
                "--linecare.communication.dispatch.batch-size=100",
                "--camunda.bpm.client.base-url=http://127.0.0.1:9/engine-rest",
                "--logging.level.root=warn",
                "--logging.level.org.camunda.bpm.client=off")) {
            run(context, counter, messages);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, StatementCounter counter, int messages) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        OutboxService outbox = context.getBean(OutboxService.class);
        MessageDispatcher dispatcher = context.getBean(MessageDispatcher.class);
        GreenMail smtp = context.getBean(GreenMail.class);
        List<Long> customers = jdbc.sql("select id from linecare.customer where channel_preference = 'email' order by id")
                .query(Long.class).list();
        String run = Long.toString(System.currentTimeMillis(), 36);

        long before = counter.statements();
        long enqueueStart = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            outbox.enqueue(new MessageRequest("BM-" + run + "-" + i, customers.get(i % customers.size()),
                    "ticket-acknowledged", "benchmark", Map.of("promisedAt", Instant.now().plusSeconds(86_400)), false));
        }
        double enqueueSeconds = (System.nanoTime() - enqueueStart) / 1e9;
        long enqueueStatements = counter.statements() - before;

        before = counter.statements();
        int receivedBefore = smtp.getReceivedMessages().length;
        long dispatchStart = System.nanoTime();
        int sent = dispatcher.dispatchDue();
        double dispatchSeconds = (System.nanoTime() - dispatchStart) / 1e9;
        long dispatchStatements = counter.statements() - before;
        int received = smtp.getReceivedMessages().length - receivedBefore;

        double baselineSeconds = baseline(context, smtp, messages);

        System.out.printf("%nDispatch benchmark: %d email messages, GreenMail on this machine (%d cores)%n",
                messages, Runtime.getRuntime().availableProcessors());
        System.out.printf("  enqueue (render + outbox insert):  %8.1f msg/s   %.2f statements/msg%n",
                messages / enqueueSeconds, (double) enqueueStatements / messages);
        System.out.printf("  dispatch (claim + SMTP + complete): %8.1f msg/s   %.2f statements/msg   (%d sent, %d received)%n",
                sent / dispatchSeconds, (double) dispatchStatements / Math.max(sent, 1), sent, received);
        System.out.printf("  baseline (JavaMailSender only):     %8.1f msg/s   0 statements%n", messages / baselineSeconds);
        System.out.printf("  baseline, one connection:           %8.1f msg/s%n", messages / baselineOneConnection(context, messages));
    }

    /** The same mails, composed the same way, sent straight to SMTP without outbox or database. */
    private static double baseline(ConfigurableApplicationContext context, GreenMail smtp, int messages) throws Exception {
        JavaMailSender sender = context.getBean(JavaMailSender.class);
        EmailComposer composer = context.getBean(EmailComposer.class);
        List<MimeMessage> prepared = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            prepared.add(composer.compose(new OutgoingEmail("baseline" + i + "@example.com", "Baseline " + i,
                    "text", "<p>html</p>", "baseline-" + i), sender));
        }
        long start = System.nanoTime();
        for (MimeMessage message : prepared) {
            sender.send(message);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double baselineOneConnection(ConfigurableApplicationContext context, int messages) {
        JavaMailSender sender = context.getBean(JavaMailSender.class);
        EmailComposer composer = context.getBean(EmailComposer.class);
        MimeMessage[] prepared = new MimeMessage[messages];
        for (int i = 0; i < messages; i++) {
            prepared[i] = composer.compose(new OutgoingEmail("batch" + i + "@example.com", "Batch " + i,
                    "text", "<p>html</p>", "batch-" + i), sender);
        }
        long start = System.nanoTime();
        sender.send(prepared);
        return (System.nanoTime() - start) / 1e9;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private DispatchBenchmark() {
    }
}
