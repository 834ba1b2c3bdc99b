package io.linecare.communication.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/**
 * The customer's account page on the whole application (PostgreSQL, real workers), through HTTP only as a
 * browser without JavaScript would use it: the link staff hand out, the bills, a dispute and a cancellation
 * opened through the same intake as staff use, refusals in the customer's words, and bad links.
 */
class AccountPageIT extends LinecareIntegrationTest {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    StatusLinks caseLinks;
    @Autowired
    AccountLinks accountLinks;
    @Autowired
    StatusLinksConfiguration.StatusLinkKey key;

    /** The customer's browser: no login, redirects seen as they are. */
    private final RestClient browser = RestClient.builder()
            .baseUrl(baseUrl())
            .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER).build()))
            .defaultHeader(HttpHeaders.ACCEPT, "text/html")
            .defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8")
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();

    @Test
    void staffHandOutTheLinkAndTheCustomerSeesLinesBillsAndHolds() {
        Demo demo = demoCustomer(100);
        String api = "/api/customers/" + demo.customer() + "/account-link";

        ResponseEntity<JsonNode> link = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get().uri(api).retrieve()
                .toEntity(JsonNode.class);

        assertThat(link.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(link.getBody().get("customer").asText()).isEqualTo(demo.customer());
        assertThat(OffsetDateTime.parse(link.getBody().get("expiresAt").asText()).toInstant())
                .isBetween(Instant.now().plus(Duration.ofDays(59)), Instant.now().plus(Duration.ofDays(61)));
        String href = link.getBody().get("href").asText();
        assertThat(href).startsWith(baseUrl() + "/status/account/");
        for (String user : new String[] {"zhou.min", "he.jing", "demo-admin"}) {
            assertThat(Http.as(baseUrl(), user, DEMO_PASSWORD).get().uri(api).retrieve().toEntity(JsonNode.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(Http.as(baseUrl(), "chen.jie", DEMO_PASSWORD).get().uri(api).retrieve().toEntity(JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Http.anonymous(baseUrl()).get().uri(api).retrieve().toEntity(JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> unknown = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri("/api/customers/CU-999999/account-link").retrieve().toEntity(JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("code").asText()).isEqualTo("notFound");

        ResponseEntity<String> page = get(URI.create(href).getRawPath() + "?lang=en");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getBody()).contains("Your account " + demo.customer(), demo.lineNumber(), demo.billReference(),
                demo.lineDescription(), "CNY " + demo.lineAmount().toPlainString(), "Dispute this bill", "Cancel this line",
                "You have no open cases.", "Bills of the last 180 days")
                .doesNotContain("<script", demo.email());
        // bills older than the dispute window are not offered
        jdbc.sql("select reference from linecare.bill where customer_id = ? and issued_on < current_date - 180")
                .param(demo.customerId()).query(String.class).list()
                .forEach(old -> assertThat(page.getBody()).doesNotContain(old));
        assertThat(get(URI.create(href).getRawPath() + "?lang=zh-CN").getBody())
                .contains("lang=\"zh-CN\"", "您的账户 " + demo.customer(), "对这张账单提出异议", "注销这条线路");
    }

    @Test
    void aDisputedLineOpensADisputeWithItsProcessAndAcknowledgmentARefusalOpensNothing() {
        Demo demo = demoCustomer(120);
        String account = accountLinks.pathFor(demo.customer(), Locale.ENGLISH);
        String form = account + "/bills/" + demo.billReference() + "/dispute";
        long disputesBefore = count("select count(*) from linecare.billing_dispute");

        ResponseEntity<String> shown = get(form + "?lang=en");
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(shown.getBody()).contains("Dispute bill " + demo.billReference(), "name=\"line\"",
                "value=\"" + demo.lineId() + "\"", "name=\"amount-" + demo.lineId() + "\"", "decision within 10 working days");

        BigDecimal tooMuch = demo.lineAmount().add(new BigDecimal("50.00"));
        ResponseEntity<String> above = post(form, form("lang", "en", "line", String.valueOf(demo.lineId()),
                "amount-" + demo.lineId(), tooMuch.toPlainString(), "reason", "Charged <b>twice</b>"));
        assertThat(above.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(above.getBody()).contains("We cannot take the dispute like this",
                "you can dispute at most CNY " + demo.lineAmount().toPlainString() + ", the amount we charged",
                // what the customer typed is kept, escaped
                "value=\"" + tooMuch.toPlainString() + "\"", "Charged &lt;b&gt;twice&lt;/b&gt;")
                .doesNotContain("<b>twice</b>", "amountAboveLine", "Exception");
        ResponseEntity<String> nothingTicked = post(form, form("lang", "en", "reason", "Too much"));
        assertThat(nothingTicked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothingTicked.getBody()).contains("Please tick at least one line of the bill.");
        ResponseEntity<String> chinese = post(form, form("lang", "zh-CN", "line", String.valueOf(demo.lineId()),
                "amount-" + demo.lineId(), "abc", "reason", ""));
        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(chinese.getBody()).contains("请用数字填写金额", "请告诉我们这些费用有什么问题。");
        assertThat(count("select count(*) from linecare.billing_dispute")).isEqualTo(disputesBefore);

        ResponseEntity<String> opened = post(form, form("lang", "en", "line", String.valueOf(demo.lineId()),
                "amount-" + demo.lineId(), "10.00", "reason", "The price went up without notice"));

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        String location = opened.getHeaders().getLocation().toString();
        assertThat(location).startsWith("/status/").endsWith("?lang=en");
        String id = caseLinks.verify(location.substring("/status/".length(), location.indexOf('?'))).orElseThrow();
        assertThat(id).matches("BD-\\d{4}-\\d{6}");
        Map<String, Object> dispute = jdbc.sql("""
                        select customer_reference, bill_reference, channel, created_by, disputed_amount, status
                          from linecare.billing_dispute where id = ?""").param(id).query().singleRow();
        assertThat(dispute).containsEntry("customer_reference", demo.customer()).containsEntry("bill_reference", demo.billReference())
                .containsEntry("channel", "web").containsEntry("created_by", demo.customer());
        assertThat((BigDecimal) dispute.get("disputed_amount")).isEqualByComparingTo("10.00");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey("billing-dispute").count()).isEqualTo(1);
        await().atMost(STEP).until(() -> count("select count(*) from linecare.communication_message where case_reference = '"
                + id + "' and message_type = 'dispute-acknowledged'") > 0);

        String casePage = get(location).getBody();
        assertThat(casePage).contains("Case " + id, "Send me a link to my account").doesNotContain("/status/account/");
        // the account page now lists the dispute, links to it, shows the line in dispute and the money on hold
        String after = await().atMost(STEP).until(() -> get(account + "?lang=en").getBody(),
                body -> body.contains("CNY 10.00 on hold while we decide " + id));
        assertThat(after).contains("Billing dispute " + id, "being decided", "in dispute " + id, ">on hold<")
                .doesNotContain("You have no open cases.");
        ResponseEntity<String> again = post(form, form("lang", "en", "line", String.valueOf(demo.lineId()),
                "reason", "Once more"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(count("select count(*) from linecare.billing_dispute")).isEqualTo(disputesBefore + 1);
    }

    @Test
    void aCancelledLineStartsCancellationSaveAndItsPageSaysWhenTheServiceEnds() {
        Demo demo = demoCustomer(140);
        String account = accountLinks.pathFor(demo.customer(), Locale.ENGLISH);
        String form = account + "/lines/" + demo.lineNumber() + "/cancel";
        long before = count("select count(*) from linecare.cancellation_request");

        ResponseEntity<String> shown = get(form + "?lang=en");
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(shown.getBody()).contains("Cancel line " + demo.lineNumber(), "the cancellation will go through on that date",
                "value=\"price\"", "value=\"moving-away\"", "type=\"date\"");

        ResponseEntity<String> past = post(form, form("lang", "en", "reason", "price",
                "desiredEndDate", LocalDate.now(SHANGHAI).minusDays(3).toString()));
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody()).contains("Please choose a last day from today up to one year ahead.");
        ResponseEntity<String> noReason = post(form, form("lang", "en", "desiredEndDate", "31.12.2026"));
        assertThat(noReason.getBody()).contains("Please tell us why you want to cancel.", "year-month-day");
        assertThat(count("select count(*) from linecare.cancellation_request")).isEqualTo(before);

        LocalDate lastDay = LocalDate.now(SHANGHAI).plusDays(25);
        ResponseEntity<String> requested = post(form, form("lang", "en", "reason", "price",
                "reasonDetail", "Cheaper elsewhere", "desiredEndDate", lastDay.toString()));

        assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        String location = requested.getHeaders().getLocation().toString();
        String id = caseLinks.verify(location.substring("/status/".length(), location.indexOf('?'))).orElseThrow();
        assertThat(id).matches("CS-\\d{4}-\\d{6}");
        Map<String, Object> request = jdbc.sql("""
                        select customer_reference, line_number, reason, channel, created_by, service_ends_at, status
                          from linecare.cancellation_request where reference = ?""").param(id).query().singleRow();
        assertThat(request).containsEntry("line_number", demo.lineNumber()).containsEntry("reason", "price")
                .containsEntry("channel", "status-page").containsEntry("created_by", demo.customer())
                .containsEntry("status", "requested");
        Instant endsAt = ((java.sql.Timestamp) request.get("service_ends_at")).toInstant();
        assertThat(endsAt).isEqualTo(lastDay.atTime(23, 59).atZone(demo.zone()).toInstant());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey("cancellation-save").count()).isEqualTo(1);

        String endLabel = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH).format(endsAt.atZone(SHANGHAI));
        String casePage = get(location).getBody();
        assertThat(casePage).contains("Case " + id, "Your service on line " + demo.lineNumber() + " ends at " + endLabel,
                "The cancellation will go through on that date whatever happens", "Send me a link to my account")
                .doesNotContain("We will give you a date as soon as we have one.");
        assertThat(get(account + "?lang=en").getBody()).contains("Cancellation " + id,
                "Line " + demo.lineNumber() + " ends at " + endLabel);
        ResponseEntity<String> twice = post(form, form("lang", "en", "reason", "price", "desiredEndDate", lastDay.toString()));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody()).contains("This line already has a cancellation under way", id);
        assertThat(count("select count(*) from linecare.cancellation_request")).isEqualTo(before + 1);
    }

    @Test
    void badExpiredOrCaseLinksGetThePoliteNotFoundPage() {
        Demo demo = demoCustomer(160);
        String token = accountLinks.tokenFor(demo.customer(), null);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        AccountLinks lastYear = new AccountLinks(key.secret(), baseUrl(), Duration.ofDays(60),
                Clock.fixed(Instant.now().minus(Duration.ofDays(61)), ZoneOffset.UTC));
        String expired = lastYear.tokenFor(demo.customer(), null);
        String caseToken = caseLinks.tokenFor(demo.customer(), null);
        String unknownCustomer = accountLinks.tokenFor("CU-999999", null);

        for (String bad : new String[] {tampered, expired, caseToken, unknownCustomer, "not-a-token"}) {
            ResponseEntity<String> page = get("/status/account/" + bad);
            assertThat(page.getStatusCode()).as(bad).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).contains("This link is not valid or has expired.")
                    .doesNotContain(demo.customer(), "Exception", "signature");
        }
        // an account token does not open a case page either
        assertThat(get("/status/" + token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // nor a bill that is not the customer's
        assertThat(get("/status/account/" + token + "/bills/BL-NOT-MINE/dispute").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        long disputes = count("select count(*) from linecare.billing_dispute");
        ResponseEntity<String> forged = post("/status/account/" + expired + "/bills/" + demo.billReference() + "/dispute",
                form("line", String.valueOf(demo.lineId()), "reason", "x"));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/status/account/" + tampered + "/lines/" + demo.lineNumber() + "/cancel",
                form("reason", "price", "desiredEndDate", LocalDate.now(SHANGHAI).plusDays(10).toString())).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(count("select count(*) from linecare.billing_dispute")).isEqualTo(disputes);
        assertThat(count("select count(*) from linecare.cancellation_request where customer_reference = '"
                + demo.customer() + "'")).isZero();
    }

    // ------------------------------------------------------------------ helpers

    /** A demo customer from {@code fromId} on with nothing open, an active line and its charge on a recent bill. */
    @Test
    void aCasePageSendsTheAccountLinkOnlyToTheCustomersOwnEmailAndNotTwiceInTenMinutes() {
        Demo demo = demoCustomer(160);
        jdbc.sql("update linecare.customer set channel_preference = 'email', locale = 'en' where id = ?").param(demo.customerId()).update();
        ResponseEntity<String> opened = post(accountLinks.pathFor(demo.customer(), Locale.ENGLISH) + "/lines/" + demo.lineNumber()
                + "/cancel", form("lang", "en", "reason", "moving-away", "desiredEndDate", LocalDate.now(SHANGHAI).plusDays(30).toString()));
        String casePath = opened.getHeaders().getLocation().getRawPath();
        String id = caseLinks.verify(casePath.substring("/status/".length())).orElseThrow();

        // a forwarded case link shows the case, never the way into the account
        String casePage = get(casePath + "?lang=en").getBody();
        assertThat(casePage).contains("Case " + id, "Send me a link to my account", "action=\"" + casePath + "/account-link\"")
                .doesNotContain("/status/account/");

        ResponseEntity<String> asked = post(casePath + "/account-link", form("lang", "en"));

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(asked.getHeaders().getLocation().toString()).isEqualTo(casePath + "?lang=en&accountLink=sent");
        assertThat(get(asked.getHeaders().getLocation().toString()).getBody())
                .contains("the link to your account is on its way").doesNotContain("/status/account/");
        Map<String, Object> sent = await().atMost(STEP).until(() -> jdbc.sql("""
                        select receiver, text_body, urgent from linecare.communication_message
                        where case_reference = ? and message_type = 'account-link'""").param(id).query().listOfRows(),
                rows -> rows.size() == 1).get(0);
        assertThat(sent).containsEntry("receiver", demo.email()).containsEntry("urgent", true);
        String body = (String) sent.get("text_body");
        String accountPath = URI.create(body.substring(body.indexOf("http"), body.indexOf('\n', body.indexOf("http"))).strip())
                .getRawPath();
        assertThat(get(accountPath + "?lang=en").getBody()).contains("Your account " + demo.customer(), "Cancellation " + id);

        assertThat(post(casePath + "/account-link", form("lang", "en")).getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(count("select count(*) from linecare.communication_message where case_reference = '" + id
                + "' and message_type = 'account-link'")).as("asking again within ten minutes sends nothing more").isEqualTo(1);
        assertThat(post("/status/not-a-token/account-link", form("lang", "en")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    record Demo(long customerId, String customer, String email, ZoneId zone, String lineNumber, long lineId,
                String billReference, String lineDescription, BigDecimal lineAmount) {
    }

    private Demo demoCustomer(int fromId) {
        return jdbc.sql("""
                        select c.id, c.reference, c.email, c.time_zone, s.line_number, l.id as line_id, b.reference as bill,
                               l.description, l.amount
                          from linecare.customer c
                          join linecare.subscription s on s.customer_id = c.id and s.status = 'active'
                          join linecare.bill_line l on l.subscription_id = s.id and l.kind = 'recurring'
                          join linecare.bill b on b.id = l.bill_id and b.issued_on > current_date - 150
                         where c.id >= ?
                           -- a charge no price change touches: the check finds no clear error, the dispute waits for review
                           and not exists (select 1 from linecare.price_change pc
                                             where pc.plan_code = s.plan_code and pc.effective_from <= b.period_start)
                           and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                           and not exists (select 1 from linecare.cancellation_request r where r.customer_id = c.id)
                           and not exists (select 1 from linecare.billing_dispute d where d.customer_id = c.id)
                         order by c.id, b.period_start desc, l.id limit 1""")
                .param(fromId)
                .query((rs, row) -> new Demo(rs.getLong("id"), rs.getString("reference"), rs.getString("email"),
                        ZoneId.of(rs.getString("time_zone")), rs.getString("line_number"), rs.getLong("line_id"),
                        rs.getString("bill"), rs.getString("description"), rs.getBigDecimal("amount")))
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private ResponseEntity<String> get(String uri) {
        return browser.get().uri(URI.create(baseUrl() + uri)).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> post(String uri, MultiValueMap<String, String> form) {
        return browser.post().uri(URI.create(baseUrl() + uri)).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toEntity(String.class);
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
