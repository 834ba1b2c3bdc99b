package io.linecare.communication.status;

import java.util.Map;

import org.springframework.util.MultiValueMap;

/** An answer that is one required text from the customer, passed to the process as one variable. */
abstract class FreeTextAction implements StatusAction {

    private final String messageName;
    private final String formField;
    private final String variable;

    protected FreeTextAction(String messageName, String formField, String variable) {
        this.messageName = messageName;
        this.formField = formField;
        this.variable = variable;
    }

    @Override
    public String messageName() {
        return messageName;
    }

    @Override
    public Answer read(MultiValueMap<String, String> form, WaitingAction waiting) throws InvalidAnswerException {
        String text = FormText.required(form, formField);
        return new Answer(Map.of(variable, text), messageName, text);
    }
}
