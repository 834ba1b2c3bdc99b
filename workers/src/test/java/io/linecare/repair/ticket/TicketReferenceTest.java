package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketReferenceTest {

    @Test
    void yearAndZeroPaddedCounter() {
        assertThat(TicketReference.of(2026, 1)).isEqualTo("FR-2026-000001");
        assertThat(TicketReference.of(2026, 123)).isEqualTo("FR-2026-000123");
        assertThat(TicketReference.of(2027, 999_999)).isEqualTo("FR-2027-999999");
    }

    @Test
    void theCounterGrowsInsteadOfWrapping() {
        assertThat(TicketReference.of(2030, 1_000_000)).isEqualTo("FR-2030-1000000");
        assertThat(TicketReference.isValid("FR-2030-1000000")).isTrue();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> TicketReference.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketReference.of(26, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR-26-000001", "FR-2026-00001", "fr-2026-000001", "CU-000001", "FR-2026-000001x", ""})
    void invalidReferences(String reference) {
        assertThat(TicketReference.isValid(reference)).isFalse();
    }

    @Test
    void everyFormattedReferenceIsValid() {
        assertThat(TicketReference.isValid(TicketReference.of(2026, 42))).isTrue();
        assertThat(TicketReference.isValid(null)).isFalse();
    }
}
