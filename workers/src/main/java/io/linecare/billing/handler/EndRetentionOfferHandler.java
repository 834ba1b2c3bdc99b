package io.linecare.billing.handler;

import static io.linecare.retention.CancellationSaveVariables.PLAN_RESTORED;
import static io.linecare.retention.CancellationSaveVariables.RESTORED_MBPS;
import static io.linecare.retention.CancellationSaveVariables.UPGRADED_MBPS;
import static io.linecare.retention.CancellationSaveVariables.UPGRADE_PRICE_AMOUNT;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.RetentionOfferService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code billing.end-retention-offer}: a speed upgrade's months are over and the line goes back to its
 * own plan, at the price the customer has paid all along. Outputs {@code planRestored} (false when the
 * line ended or changed plan meanwhile: nothing to tell), {@code restoredMbps}, {@code upgradedMbps} (the
 * two plans' download speeds; plan names are not translated, speeds are) and {@code upgradePriceAmount}
 * (what the faster plan costs, should the customer want to keep it).
 */
@Component
@ExternalTaskSubscription(Topics.BILLING_END_RETENTION_OFFER)
public class EndRetentionOfferHandler extends LinecareTaskHandler {

    private final RetentionOfferService offers;

    public EndRetentionOfferHandler(RetentionOfferService offers) {
        this.offers = offers;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        RetentionOfferService.UpgradeEnd end;
        try {
            end = offers.endUpgrade(input.businessKey());
        } catch (IllegalArgumentException noUpgrade) {
            throw new InvalidTaskInputException(noUpgrade.getMessage());
        }
        return Map.of(
                PLAN_RESTORED, end.restored(),
                RESTORED_MBPS, end.restoredMbps(),
                UPGRADED_MBPS, end.upgradedMbps(),
                UPGRADE_PRICE_AMOUNT, end.upgradedPrice().doubleValue());
    }
}
