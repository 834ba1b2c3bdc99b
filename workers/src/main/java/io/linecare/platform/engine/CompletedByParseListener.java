package io.linecare.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Records who completed a user task, for the 4-eyes rules: a user task that declares the extension
 * property {@code completedByVariable} (e.g. {@code reviewedBy}) gets that process variable set to
 * the user who completed it: the authenticated user of the completing call (Tasklist, REST), else
 * the task's assignee.
 *
 * <p>Why the engine and not the model: the house rules forbid listeners with expressions or classes
 * in BPMN, and a form field could be filled with any name. Set on completion after the submitted
 * variables, so a client cannot supply the value itself. Process owners see and change only the
 * property in the Modeler.
 */
public class CompletedByParseListener extends AbstractBpmnParseListener {

    public static final String PROPERTY = "completedByVariable";

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String variable = completedByVariable(userTaskElement);
        if (variable == null || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, new RecordCompleter(variable));
    }

    static String completedByVariable(Element userTaskElement) {
        Element properties = BpmnParseUtil.findCamundaExtensionElement(userTaskElement, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (PROPERTY.equals(property.attribute("name"))) {
                String value = property.attribute("value");
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    /** Sets the variable on the process instance (it is read after the task's scope is gone). */
    static final class RecordCompleter implements TaskListener {

        private final String variable;

        RecordCompleter(String variable) {
            this.variable = variable;
        }

        @Override
        public void notify(DelegateTask task) {
            CommandContext command = Context.getCommandContext();
            String user = command == null ? null : command.getAuthenticatedUserId();
            if (user == null) {
                user = task.getAssignee();
            }
            task.getExecution().getProcessInstance().setVariable(variable, user);
        }
    }
}
