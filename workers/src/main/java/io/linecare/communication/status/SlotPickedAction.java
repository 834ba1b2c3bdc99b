package io.linecare.communication.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * {@code Msg_SlotPicked}: the customer picks one of the visit slots in the process variable
 * {@code offeredSlots} (JSON array of {@code {id, start, end, technicianName?}}, as a string or
 * Spin JSON); the message carries {@code pickedSlotId} (the slot's id as a string).
 */
@Component
@ConditionalOnRole(Role.WEB)
public class SlotPickedAction implements StatusAction {

    public static final String MESSAGE = "Msg_SlotPicked";
    public static final String OFFERED_SLOTS = "offeredSlots";
    public static final String PICKED_SLOT_ID = "pickedSlotId";
    static final String FIELD = "slotId";

    private static final Logger log = LoggerFactory.getLogger(SlotPickedAction.class);

    private final RuntimeService runtimeService;
    private final ObjectMapper json;

    public SlotPickedAction(RuntimeService runtimeService, ObjectMapper json) {
        this.runtimeService = runtimeService;
        this.json = json;
    }

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public Map<String, Object> formData(WaitingAction waiting, Locale locale) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Slot slot : offeredSlots(waiting)) {
            options.add(Map.of("id", slot.id(), "label", slot.label(locale),
                    "technician", slot.technicianName() == null ? "" : slot.technicianName()));
        }
        return Map.of("slots", options);
    }

    @Override
    public Answer read(MultiValueMap<String, String> form, WaitingAction waiting) throws InvalidAnswerException {
        String picked = form.getFirst(FIELD);
        if (picked == null || picked.isBlank()) {
            throw new InvalidAnswerException("error.slot.missing");
        }
        Slot slot = offeredSlots(waiting).stream().filter(s -> s.id().equals(picked)).findFirst()
                .orElseThrow(() -> new InvalidAnswerException("error.slot.unknown"));
        return new Answer(Map.of(PICKED_SLOT_ID, slot.id()), MESSAGE, slot.neutralLabel());
    }

    List<Slot> offeredSlots(WaitingAction waiting) {
        Object value = runtimeService.getVariable(waiting.executionId(), OFFERED_SLOTS);
        return parse(value);
    }

    List<Slot> parse(Object value) {
        if (value == null) {
            return List.of();
        }
        JsonNode array;
        try {
            array = value instanceof String text ? json.readTree(text)
                    : value instanceof Iterable<?> || value instanceof Map<?, ?> ? json.valueToTree(value)
                    // Spin's JSON node prints itself as JSON
                    : json.readTree(value.toString());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            log.warn("{} is not JSON ({}); no slots offered", OFFERED_SLOTS, value.getClass().getSimpleName());
            return List.of();
        }
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        for (JsonNode node : array) {
            String id = text(node, "id");
            if (id == null) {
                continue;
            }
            slots.add(new Slot(id, instant(text(node, "start")), instant(text(node, "end")), text(node, "technicianName")));
        }
        return slots;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank() ? null : value.asText();
    }

    private static Instant instant(String text) {
        return Optional.ofNullable(text).flatMap(StatusTimes::read)
                .filter(Instant.class::isInstance).map(Instant.class::cast).orElse(null);
    }

    record Slot(String id, Instant start, Instant end, String technicianName) {

        String label(Locale locale) {
            if (start == null) {
                return id;
            }
            String from = StatusTimes.format(start, locale);
            if (end == null) {
                return from;
            }
            return from + " – " + (StatusTimes.sameDay(start, end) ? StatusTimes.time(end, locale) : StatusTimes.format(end, locale));
        }

        String neutralLabel() {
            if (start == null) {
                return id;
            }
            return StatusTimes.neutral(start) + (end == null ? "" : " – " + StatusTimes.neutral(end).substring(
                    StatusTimes.sameDay(start, end) ? 11 : 0));
        }
    }
}
