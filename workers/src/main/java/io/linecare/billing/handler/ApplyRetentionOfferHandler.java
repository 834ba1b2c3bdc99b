package io.linecare.billing.handler;

import static io.linecare.retention.CancellationSaveVariables.CUSTOMER_ID;
import static io.linecare.retention.CancellationSaveVariables.OFFER_APPLIED;
import static io.linecare.retention.CancellationSaveVariables.OFFER_COST;
import static io.linecare.retention.CancellationSaveVariables.OFFER_ENDS_AT;
import static io.linecare.retention.CancellationSaveVariables.OFFER_MONTHS;
import static io.linecare.retention.CancellationSaveVariables.OFFER_TYPE;
import static io.linecare.retention.CancellationSaveVariables.OFFER_VALUE;
import static io.linecare.retention.CancellationSaveVariables.SUBSCRIPTION_ID;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.RetentionOfferService;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.CancellationService;

/**
 * {@code billing.apply-retention-offer}: the customer accepted the offer (or chose to stay without one):
 * the offer is applied once under {@code <business key>:<purpose>} (purpose: an input parameter, else the
 * activity id) and the request closes as saved. Outputs {@code offerApplied}: applied, already-applied
 * or nothing-to-apply, and for an applied offer {@code offerEndsAt}, when its months are over (the
 * flow puts an upgraded line back on its plan then).
 */
@Component
@ExternalTaskSubscription(Topics.BILLING_APPLY_RETENTION_OFFER)
public class ApplyRetentionOfferHandler extends LinecareTaskHandler {

    private final RetentionOfferService offers;
    private final CancellationService cancellations;
    private final CustomerDirectory customers;

    public ApplyRetentionOfferHandler(RetentionOfferService offers, CancellationService cancellations,
                                      CustomerDirectory customers) {
        this.offers = offers;
        this.cancellations = cancellations;
        this.customers = customers;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String reference = input.businessKey();
        long customerId = input.requireLong(CUSTOMER_ID);
        int months = input.requireInt(OFFER_MONTHS);
        BigDecimal cost = input.optionalDecimal(OFFER_COST).orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        RetentionOfferService.Offer offer = new RetentionOfferService.Offer(input.requireString(OFFER_TYPE),
                input.requireInt(OFFER_VALUE), months,
                months > 0 ? cost.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP) : BigDecimal.ZERO, cost);
        ZoneId zone = customers.findById(customerId).map(Customer::timeZone)
                .orElseThrow(() -> new InvalidTaskInputException("No customer with id " + customerId + " for " + reference));
        String purpose = input.optionalString("purpose").orElse(input.activityId());
        RetentionOfferService.Outcome outcome = offers.apply(reference, reference + ":" + purpose, customerId,
                input.requireLong(SUBSCRIPTION_ID), offer, zone);
        cancellations.saved(reference);
        Map<String, Object> output = new HashMap<>();
        output.put(OFFER_APPLIED, outcome.name().toLowerCase().replace('_', '-'));
        offers.endsOn(reference + ":" + purpose).ifPresent(lastDay ->
                output.put(OFFER_ENDS_AT, Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant())));
        return output;
    }
}
