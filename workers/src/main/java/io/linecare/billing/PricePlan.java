package io.linecare.billing;

import java.math.BigDecimal;

import io.linecare.customer.ServiceType;

/**
 * A product's tariff.
 *
 * @param monthlyPrice the price in force today
 * @param downloadMbps the advertised speed of a broadband plan; null for other services
 */
public record PricePlan(String code, ServiceType serviceType, String name, BigDecimal monthlyPrice,
        Integer downloadMbps) {
}
