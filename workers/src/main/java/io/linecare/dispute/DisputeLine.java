package io.linecare.dispute;

import java.math.BigDecimal;

/** A disputed bill line as the client named it. */
public record DisputeLine(long billLineId, BigDecimal amount) {
}
