package io.linecare.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A monthly customer bill (TMF678 CustomerBill); the period is inclusive on both ends. */
public record Bill(
        long id,
        long customerId,
        String reference,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate issuedOn,
        LocalDate dueOn,
        BigDecimal total,
        BillState state) {
}
