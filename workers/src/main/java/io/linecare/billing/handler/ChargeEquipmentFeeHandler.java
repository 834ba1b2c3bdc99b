package io.linecare.billing.handler;

import static io.linecare.retention.CancellationSaveVariables.CUSTOMER_ID;
import static io.linecare.retention.CancellationSaveVariables.FEE_OUTCOME;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.FinalBillService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code billing.charge-equipment-fee}: the equipment is still missing after two reminders. Charges
 * the fee once; nothing when it arrived meanwhile. Outputs {@code feeOutcome}: charged,
 * already-charged or returned.
 */
@Component
@ExternalTaskSubscription(Topics.BILLING_CHARGE_EQUIPMENT_FEE)
public class ChargeEquipmentFeeHandler extends LinecareTaskHandler {

    private final FinalBillService finalBills;

    public ChargeEquipmentFeeHandler(FinalBillService finalBills) {
        this.finalBills = finalBills;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String reference = input.businessKey();
        try {
            FinalBillService.FeeOutcome outcome = finalBills.chargeEquipmentFee(reference, input.requireLong(CUSTOMER_ID),
                    "Equipment not returned after cancellation " + reference);
            return Map.of(FEE_OUTCOME, outcome.name().toLowerCase().replace('_', '-'));
        } catch (IllegalArgumentException nothingExpected) {
            throw new InvalidTaskInputException(nothingExpected.getMessage());
        }
    }
}
