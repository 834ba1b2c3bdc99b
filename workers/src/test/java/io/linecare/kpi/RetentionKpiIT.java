package io.linecare.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/**
 * GET /api/kpi/retention in the running application: retention, process owners and admins read the
 * measures; other staff are refused (403), callers without credentials asked for them (401), and a bad
 * date is a TMF630 400. The figures themselves are checked by hand in {@link RetentionKpiQueriesTest}.
 */
class RetentionKpiIT extends LinecareIntegrationTest {

    private static final String KPI = RetentionKpiController.PATH;

    @Test
    void retentionProcessOwnersAndAdminsReadTheMeasures() {
        for (String reader : new String[] {"he.jing", "lin.xue", "demo-admin"}) {
            ResponseEntity<Map> answer = Http.as(baseUrl(), reader, DEMO_PASSWORD).get()
                    .uri(KPI + "?from=2026-01-01&to=2099-12-31").retrieve().toEntity(Map.class);
            assertThat(answer.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as(reader).containsEntry("from", "2026-01-01").containsEntry("to", "2099-12-31")
                    .containsKeys("saveRate", "reChurn90Days", "offerCost", "timeToCancel");
            assertThat((Map<String, Object>) answer.getBody().get("saveRate")).containsKeys("answered", "saved", "rate",
                    "byOfferType", "byReason");
            assertThat((Map<String, Object>) answer.getBody().get("timeToCancel")).containsKeys("cancelled", "medianDays",
                    "p90Days");
        }
    }

    @Test
    void otherStaffAreRefusedAndStrangersAskedForCredentials() {
        ResponseEntity<Map> frontline = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get().uri(KPI).retrieve()
                .toEntity(Map.class);
        assertThat(frontline.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(frontline.getBody()).containsEntry("code", "forbidden");

        assertThat(Http.anonymous(baseUrl()).get().uri(KPI).retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badDatesAreATmf630BadRequest() {
        ResponseEntity<Map> answer = Http.as(baseUrl(), "he.jing", DEMO_PASSWORD).get()
                .uri(KPI + "?from=2026-13-01&to=yesterday").retrieve().toEntity(Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).containsEntry("code", "invalidParameter").containsEntry("reason", "Bad Request")
                .containsEntry("message", "from must be a date such as 2026-01-31, not '2026-13-01'; "
                        + "to must be a date such as 2026-01-31, not 'yesterday'");

        ResponseEntity<Map> reversed = Http.as(baseUrl(), "he.jing", DEMO_PASSWORD).get()
                .uri(KPI + "?from=2026-12-31&to=2026-01-01").retrieve().toEntity(Map.class);
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reversed.getBody()).containsEntry("message", "from 2026-12-31 is after to 2026-01-01");
    }
}
