package io.linecare.grouping.handler;

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

    /** A number from a form field, whichever numeric type Tasklist stored it as. */
    static double hours(TaskInput input, String name) {
        Object value = input.allVariables().get(name);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw new InvalidTaskInputException(name + " must be a number of hours, not '" + value + "'");
    }
}
