package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import io.linecare.platform.tmf.TmfBadRequestException;

class TroubleTicketRequestsTest {

    private final TroubleTicketRequests requests = new TroubleTicketRequests(new ObjectMapper());

    private static final String VALID = """
            {"name": "No internet", "description": "Router shows red light since this morning",
             "severity": "major", "ticketType": "connectivity", "channel": {"name": "phone"},
             "relatedParty": [{"id": "CU-000001", "role": "customer", "@referredType": "Customer"}],
             "relatedEntity": [{"id": "BB-0571-000001", "role": "affectedLine", "@referredType": "Service"}],
             "@type": "TroubleTicket"}""";

    @Test
    void readsAValidCreate() {
        TicketDraft draft = requests.parseCreate(bytes(VALID));

        assertThat(draft).isEqualTo(new TicketDraft("No internet", "Router shows red light since this morning",
                Severity.MAJOR, TicketType.CONNECTIVITY, IntakeChannel.PHONE, "CU-000001", "BB-0571-000001"));
    }

    @Test
    void channelByIdAndNameFromDescription() {
        TicketDraft draft = requests.parseCreate(bytes(VALID.replace("\"name\": \"No internet\", ", "")
                .replace("{\"name\": \"phone\"}", "{\"id\": \"self-service\"}")));

        assertThat(draft.channel()).isEqualTo(IntakeChannel.SELF_SERVICE);
        assertThat(draft.name()).isEqualTo("Router shows red light since this morning");
    }

    @Test
    void missingAndBlankRequiredFieldsAreNamed() {
        assertRefused(VALID.replace("\"description\": \"Router shows red light since this morning\",", ""))
                .hasMessage("description is required");
        assertRefused(VALID.replace("Router shows red light since this morning", "   "))
                .hasMessage("description must not be blank");
        assertRefused(VALID.replace("\"severity\": \"major\",", "").replace("\"ticketType\": \"connectivity\",", ""))
                .hasMessage("severity is required; ticketType is required");
    }

    @Test
    void unknownValuesListWhatIsAllowed() {
        assertRefused(VALID.replace("\"major\"", "\"catastrophic\""), "invalidValue")
                .hasMessage("severity 'catastrophic' is not known; use critical, major or minor");
        assertRefused(VALID.replace("\"connectivity\"", "\"billing\""), "invalidValue")
                .hasMessageContaining("ticketType 'billing' is not known; use connectivity, speed, noise, no-signal or equipment");
        assertRefused(VALID.replace("{\"name\": \"phone\"}", "{\"name\": \"fax\"}"), "invalidValue")
                .hasMessageContaining("channel 'fax' is not known; use phone, web, app, shop or self-service");
    }

    @Test
    void unknownFieldsAreRefusedAtAnyDepth() {
        assertRefused(VALID.replace("\"severity\"", "\"colour\": \"red\", \"severity\""), "unknownField")
                .hasMessage("Unknown field colour");
        assertRefused(VALID.replace("\"role\": \"customer\"", "\"role\": \"customer\", \"vip\": true"), "unknownField")
                .hasMessage("Unknown field relatedParty[0].vip");
        assertRefused(VALID.replace("\"severity\"", "\"status\": \"resolved\", \"severity\""), "fieldNotAllowed")
                .hasMessage("status cannot be set when creating a ticket");
    }

    @Test
    void partiesAndLinesMustBeNamed() {
        assertRefused(VALID.replace("\"role\": \"customer\"", "\"role\": \"reporter\""), "invalidValue")
                .hasMessageContaining("relatedParty[0].role 'reporter' is not supported; use customer");
        assertRefused(VALID.replace("\"relatedEntity\": [{\"id\": \"BB-0571-000001\", \"role\": \"affectedLine\", "
                + "\"@referredType\": \"Service\"}]", "\"relatedEntity\": []"), "missingField")
                .hasMessageContaining("relatedEntity needs one entry with role affectedLine");
        assertRefused(VALID.replace("\"@referredType\": \"Customer\"", "\"@referredType\": \"Organization\""),
                "invalidValue").hasMessageContaining("relatedParty[0].@referredType 'Organization' must be Customer");
        assertRefused(VALID.replace("{\"name\": \"phone\"}", "\"phone\""), "wrongType")
                .hasMessageContaining("channel must be an object");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertRefused("{\"description\": ", "invalidBody").hasMessageStartingWith("The request body is not valid JSON");
        assertRefused(VALID + " {}", "invalidBody").hasMessageStartingWith("The request body is not valid JSON");
        assertRefused("[1, 2]", "invalidBody").hasMessage("The request body must be a JSON object");
        assertRefused("", "invalidBody").hasMessageContaining("empty");
        assertRefused("{\"severity\": \"major\", \"severity\": \"minor\"}", "invalidBody")
                .hasMessageContaining("Duplicate field 'severity'");
    }

    @Test
    void patchTakesNotesSeverityAndTheCustomersAnswerOnly() {
        TicketPatch patch = requests.parsePatch(bytes("""
                {"severity": "critical", "note": [{"id": "4", "text": "old"}, {"text": "Customer called again"}]}"""));

        assertThat(patch.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(patch.notes()).containsExactly(new TicketPatch.NoteInput("4", "old"),
                new TicketPatch.NoteInput(null, "Customer called again"));
        assertThatThrownBy(() -> requests.parsePatch(bytes("{\"description\": \"changed\"}")))
                .isInstanceOf(TmfBadRequestException.class)
                .hasMessage("description cannot be set (only note, severity and the customer's answer as status can be changed)");
        assertThatThrownBy(() -> requests.parsePatch(bytes("{\"note\": [{\"text\": \" \"}]}")))
                .hasMessage("note[0].text must not be blank");
        assertThatThrownBy(() -> requests.parsePatch(bytes("{\"severity\": null}")))
                .hasMessage("severity is required");
        assertThatThrownBy(() -> requests.parsePatch(bytes("{\"foo\": 1}")))
                .hasMessage("Unknown field foo");
    }

    @Test
    void aPatchedStatusIsTheCustomersAnswerAndOnlyClosedOrInProgress() {
        assertThat(requests.parsePatch(bytes("{\"status\": \"closed\"}")).customerAnswer()).isEqualTo(TicketStatus.CLOSED);
        assertThat(requests.parsePatch(bytes("{\"status\": \"inProgress\", \"note\": [{\"text\": \"still down\"}]}"))
                .customerAnswer()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(requests.parsePatch(bytes("{\"severity\": \"minor\"}")).customerAnswer()).isNull();
        assertThatThrownBy(() -> requests.parsePatch(bytes("{\"status\": \"resolved\"}")))
                .isInstanceOf(TmfBadRequestException.class)
                .hasMessageContaining("status can be set to closed").hasMessageContaining("not 'resolved'");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String body) {
        return assertRefused(body, "missingField");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String body, String code) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> requests.parseCreate(bytes(body)));
        assertThat(thrown).isInstanceOf(TmfBadRequestException.class);
        assertThat(((TmfBadRequestException) thrown).code()).isEqualTo(code);
        return assertThat(thrown);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
