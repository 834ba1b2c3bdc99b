package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.linecare.customer.ServiceType;

class TroubleTicketReaderTest {

    @Test
    void promisesInTheShapesFlowsStoreThem() {
        assertThat(TroubleTicketReader.dateTime("2026-12-01T10:00:00+08:00"))
                .isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:00+08:00"));
        assertThat(TroubleTicketReader.dateTime("2026-12-01T02:00:00Z"))
                .isEqualTo(OffsetDateTime.parse("2026-12-01T02:00:00Z"));
        assertThat(TroubleTicketReader.dateTime(Date.from(Instant.parse("2026-12-01T02:00:00Z"))))
                .isEqualTo(OffsetDateTime.parse("2026-12-01T02:00:00Z"));
        assertThat(TroubleTicketReader.dateTime("soon")).isNull();
        assertThat(TroubleTicketReader.dateTime(42)).isNull();
    }

    @Test
    void tmfShapeWithTheLatestStatus() {
        Instant created = Instant.parse("2026-03-01T01:00:00Z");
        Ticket ticket = new Ticket("FR-2026-000009", "No internet", "Red light", Severity.MAJOR,
                TicketType.CONNECTIVITY, IntakeChannel.PHONE, 7, "CU-000007", 101, "BB-0571-000101",
                ServiceType.BROADBAND, "HZ-01", "wang.fang", created, created, 0, null, null);
        List<StatusChange> changes = List.of(
                new StatusChange(ticket.id(), TicketStatus.ACKNOWLEDGED, "Fault reported by phone", created),
                new StatusChange(ticket.id(), TicketStatus.IN_PROGRESS, "Line test", created.plusSeconds(60)));

        TroubleTicketResource resource = TroubleTicketReader.toResource(ticket, changes,
                List.of(new TicketNote(3, ticket.id(), "wang.fang", "Called", created)), null);

        assertThat(resource.href()).isEqualTo("/tmf-api/troubleTicket/v4/troubleTicket/FR-2026-000009");
        assertThat(resource.status()).isEqualTo("inProgress");
        assertThat(resource.statusChangeReason()).isEqualTo("Line test");
        assertThat(resource.statusChange()).extracting(TroubleTicketResource.StatusChangeEntry::status)
                .containsExactly("acknowledged", "inProgress");
        assertThat(resource.creationDate().toString()).isEqualTo("2026-03-01T01:00Z");
        assertThat(resource.relatedEntity().get(0)).isEqualTo(
                new TroubleTicketResource.Ref("101", "BB-0571-000101", "affectedLine", "Service"));
        assertThat(resource.type()).isEqualTo("TroubleTicket");
    }
}
