package io.linecare.communication.sms;

import java.util.List;

/**
 * How a text goes out as SMS: its encoding, its length in units of that encoding and the parts it is split into.
 *
 * @param units GSM septets (extension characters count 2) or UTF-16 code units for UCS-2
 */
public record SmsSegmentation(SmsEncoding encoding, int units, List<String> parts) {

    public SmsSegmentation {
        parts = List.copyOf(parts);
    }

    /** How many messages the operator bills: 1 for a single SMS, else the number of concatenated parts. */
    public int segmentCount() {
        return parts.size();
    }

    public boolean isSinglePart() {
        return parts.size() == 1;
    }
}
