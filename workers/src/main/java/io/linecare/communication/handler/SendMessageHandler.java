package io.linecare.communication.handler;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.communication.outbox.MessageRequest;
import io.linecare.communication.outbox.OutboxService;
import io.linecare.communication.outbox.UnknownRecipientException;
import io.linecare.communication.template.TemplateRenderingException;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code communication.send-message}: the BPMN names the message type (and optionally a purpose and
 * urgency) as input parameters; the values the template needs come from the process variables.
 * The outbox does the rest, once per case, type, purpose and channel.
 */
@Component
@ExternalTaskSubscription(Topics.COMMUNICATION_SEND_MESSAGE)
public class SendMessageHandler extends LinecareTaskHandler {

    private final OutboxService outbox;

    public SendMessageHandler(OutboxService outbox) {
        this.outbox = outbox;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        MessageRequest request = new MessageRequest(
                input.businessKey(),
                input.requireLong("customerId"),
                input.requireString("messageType"),
                input.optionalString("purpose").orElse(input.activityId()),
                input.allVariables(),
                input.optional("urgent", Boolean.class).orElse(false));
        try {
            outbox.enqueue(request);
        } catch (TemplateRenderingException | UnknownRecipientException | IllegalArgumentException e) {
            // a template, a model value or the customer's data is wrong: retrying cannot fix it
            throw new InvalidTaskInputException(e.getMessage());
        }
        return Map.of();
    }
}
