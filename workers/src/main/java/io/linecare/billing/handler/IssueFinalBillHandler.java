package io.linecare.billing.handler;

import static io.linecare.retention.CancellationSaveVariables.CUSTOMER_ID;
import static io.linecare.retention.CancellationSaveVariables.EQUIPMENT_FEE_AMOUNT;
import static io.linecare.retention.CancellationSaveVariables.FEE_DUE_AT;
import static io.linecare.retention.CancellationSaveVariables.FINAL_CREDIT_AMOUNT;
import static io.linecare.retention.CancellationSaveVariables.RETURN_BY;
import static io.linecare.retention.CancellationSaveVariables.SAVE_OUTCOME;
import static io.linecare.retention.CancellationSaveVariables.SERVICE_ENDS_AT;
import static io.linecare.retention.CancellationSaveVariables.SUBSCRIPTION_ID;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.FinalBillService;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.Subscription;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.CancellationService;

/**
 * {@code billing.issue-final-bill}: the cancellation goes ahead. Grants the pro-rata credit for paid
 * days after the last day (once, {@code <case>:final-bill}), records the save outcome (declined, or
 * no-contact when the 48 h ran out) and expects the equipment back: return by 14 days after the end,
 * the fee only if it is still missing 14 days later, after two reminders.
 */
@Component
@ExternalTaskSubscription(Topics.BILLING_ISSUE_FINAL_BILL)
public class IssueFinalBillHandler extends LinecareTaskHandler {

    static final Duration RETURN_WITHIN = Duration.ofDays(14);
    static final Duration FEE_AFTER = Duration.ofDays(14);

    private final FinalBillService finalBills;
    private final CancellationService cancellations;
    private final CustomerDirectory customers;

    public IssueFinalBillHandler(FinalBillService finalBills, CancellationService cancellations, CustomerDirectory customers) {
        this.finalBills = finalBills;
        this.cancellations = cancellations;
        this.customers = customers;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String reference = input.businessKey();
        long customerId = input.requireLong(CUSTOMER_ID);
        long subscriptionId = input.requireLong(SUBSCRIPTION_ID);
        Instant endsAt = input.requireInstant(SERVICE_ENDS_AT);
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new InvalidTaskInputException("No customer with id " + customerId + " for " + reference));
        Subscription line = customers.findSubscription(subscriptionId)
                .orElseThrow(() -> new InvalidTaskInputException("No line with id " + subscriptionId + " for " + reference));
        LocalDate lastDay = LocalDate.ofInstant(endsAt, customer.timeZone());
        String outcome = "declined".equals(input.optionalString(SAVE_OUTCOME).orElse("")) ? "declined" : "no-contact";

        BigDecimal credit = finalBills.prorataCredit(reference, customerId, subscriptionId, lastDay);
        BigDecimal fee = FinalBillService.equipmentFee(line.serviceType());
        cancellations.proceed(reference, outcome, credit, fee);
        Instant returnBy = endsAt.plus(RETURN_WITHIN);
        return Map.of(
                FINAL_CREDIT_AMOUNT, credit.doubleValue(),
                EQUIPMENT_FEE_AMOUNT, fee.doubleValue(),
                RETURN_BY, Date.from(returnBy),
                FEE_DUE_AT, Date.from(returnBy.plus(FEE_AFTER)));
    }
}
