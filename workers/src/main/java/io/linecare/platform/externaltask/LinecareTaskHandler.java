package io.linecare.platform.externaltask;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one place that turns a handler's result into the engine's vocabulary: outputs complete the
 * task, a {@link BusinessOutcomeException} becomes a BPMN error, bad input an immediate incident,
 * and anything else a retry with exponential backoff. Handlers stay thin: read input, call a service.
 */
public abstract class LinecareTaskHandler implements ExternalTaskHandler {

    private static final Logger log = LoggerFactory.getLogger(LinecareTaskHandler.class);
    private static final int MAX_DETAILS = 4000;

    private RetryPolicy retryPolicy = new RetryPolicy(0, null, null);

    @Autowired(required = false)
    void setRetryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
    }

    /** Does the work and returns the variables to set on the process. */
    protected abstract Map<String, Object> handle(TaskInput input) throws Exception;

    @Override
    public final void execute(ExternalTask task, ExternalTaskService service) {
        try {
            Map<String, Object> output = handle(new TaskInput(task));
            service.complete(task, output == null ? Map.of() : output);
        } catch (BusinessOutcomeException outcome) {
            log.info("{} {}: business outcome {}", task.getTopicName(), task.getBusinessKey(), outcome.errorCode());
            service.handleBpmnError(task, outcome.errorCode(), outcome.getMessage(), outcome.variables());
        } catch (InvalidTaskInputException invalid) {
            log.warn("{} {}: {}", task.getTopicName(), task.getBusinessKey(), invalid.getMessage());
            service.handleFailure(task, invalid.getMessage(), null, 0, 0);
        } catch (Exception fault) {
            int retriesLeft = retryPolicy.retriesLeftAfterFailure(task.getRetries());
            long backoff = retryPolicy.backoff(retriesLeft).toMillis();
            String message = task.getTopicName() + " failed: " + describe(fault);
            log.warn("{} {}: {} ({} retries left, next in {} ms)", task.getTopicName(), task.getBusinessKey(),
                    describe(fault), retriesLeft, backoff);
            service.handleFailure(task, truncate(message, 600), truncate(stackTrace(fault), MAX_DETAILS), retriesLeft, backoff);
        }
    }

    private static String describe(Throwable fault) {
        String message = fault.getMessage();
        return fault.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String stackTrace(Throwable fault) {
        StringWriter writer = new StringWriter();
        fault.printStackTrace(new PrintWriter(writer));
        return writer.toString();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
