package io.linecare.grouping.handler;

import java.math.BigDecimal;
import java.util.Map;

import io.linecare.grouping.UnknownGroupException;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;

/**
 * A step of complaint-group.bpmn on the group named by the business key. A step the group's state
 * or the task's input rules out is an incident at once, in words; retrying cannot fix it.
 */
abstract class GroupStepHandler extends LinecareTaskHandler {

    @Override
    protected final Map<String, Object> handle(TaskInput input) throws Exception {
        try {
            return handle(input, input.businessKey());
        } catch (IllegalArgumentException | IllegalStateException | UnknownGroupException cannot) {
            throw new InvalidTaskInputException(cannot.getMessage());
        }
    }

    protected abstract Map<String, Object> handle(TaskInput input, String groupId) throws Exception;

    /** A number of hours from a form field, whichever numeric type Tasklist stored it as. */
    static double hours(TaskInput input, String name) {
        return input.optionalDecimal(name).map(BigDecimal::doubleValue)
                .orElseThrow(() -> new InvalidTaskInputException(name + " (hours) is missing"));
    }
}
