package io.linecare.retention.handler;

import static io.linecare.retention.CancellationSaveVariables.OFFER_BUDGET;
import static io.linecare.retention.CancellationSaveVariables.OFFER_COST;
import static io.linecare.retention.CancellationSaveVariables.OFFER_MONTHS;
import static io.linecare.retention.CancellationSaveVariables.OFFER_SUMMARY;
import static io.linecare.retention.CancellationSaveVariables.OFFER_TYPE;
import static io.linecare.retention.CancellationSaveVariables.OFFER_VALUE;
import static io.linecare.retention.CancellationSaveVariables.SUBSCRIPTION_ID;
import static io.linecare.retention.CancellationSaveVariables.SUGGESTED_OFFER;

import java.math.BigDecimal;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.RetentionOfferService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.CancellationService;

/**
 * {@code retention.price-offer}: prices what retention-offer.dmn suggested (variable suggestedOffer)
 * for the line, fits it into the tier's budget (offerBudget from retention-budget) and keeps it as the
 * one offer of this save attempt. Outputs the final offer under names of its own (offerType, …) so they
 * never collide with the DMN's map.
 */
@Component
@ExternalTaskSubscription(Topics.RETENTION_PRICE_OFFER)
public class PriceOfferHandler extends LinecareTaskHandler {

    private final RetentionOfferService offers;
    private final CancellationService cancellations;

    public PriceOfferHandler(RetentionOfferService offers, CancellationService cancellations) {
        this.offers = offers;
        this.cancellations = cancellations;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        Map<String, Object> suggested = input.requireMap(SUGGESTED_OFFER);
        BigDecimal budget = input.optionalDecimal(OFFER_BUDGET)
                .orElseThrow(() -> new InvalidTaskInputException("Task '" + input.activityId() + "' needs variable '"
                        + OFFER_BUDGET + "' (retention-budget's result)"));
        RetentionOfferService.Offer offer;
        try {
            offer = offers.price(input.requireLong(SUBSCRIPTION_ID), text(suggested, "offerType"),
                    number(suggested, "offerValue"), number(suggested, "offerMonths"), budget);
        } catch (IllegalArgumentException wrong) {
            throw new InvalidTaskInputException(wrong.getMessage());
        }
        cancellations.offerSuggested(input.businessKey(), offer, budget);
        return Map.of(
                OFFER_TYPE, offer.type(),
                OFFER_VALUE, offer.value(),
                OFFER_MONTHS, offer.months(),
                OFFER_COST, offer.cost().doubleValue(),
                OFFER_SUMMARY, summary(offer, budget));
    }

    /** For the agent (staff read English): what to offer and what it costs us. */
    static String summary(RetentionOfferService.Offer offer, BigDecimal budget) {
        String cost = " (costs us CNY " + offer.cost().toPlainString() + " of the tier's CNY " + budget.toPlainString() + " budget)";
        return switch (offer.type()) {
            case "discount" -> offer.value() + "% off for " + offer.months() + " months" + cost;
            case "free-months" -> offer.months() + (offer.months() == 1 ? " month" : " months") + " free" + cost;
            case "speed-upgrade" -> "+" + offer.value() + " Mbps at the same price for " + offer.months() + " months" + cost;
            default -> "No offer: listen, fix what you can, and confirm the cancellation if they still want it";
        };
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "none" : value.toString();
    }

    private static int number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw new InvalidTaskInputException("retention-offer gave '" + key + "' as " + value + ", not a number");
    }
}
