package io.linecare.communication.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into SMS parts. If every character is in the GSM 03.38 alphabet the text is GSM-7: 160 septets
 * as a single message, 153 per part when it needs more than one (characters of the extension table, such as
 * {@code € [ ] { } ~ ^ | \}, take two septets and are never split from their escape). Otherwise (e.g. Chinese)
 * it is UCS-2: 70 characters single, 67 per part; a surrogate pair (emoji) is never split. Stateless.
 */
public class SmsSegmenter {

    public SmsEncoding encodingOf(String text) {
        return GsmAlphabet.isGsm7(text) ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
    }

    public SmsSegmentation segment(String text) {
        SmsEncoding encoding = encodingOf(text);
        int units = units(text, encoding);
        if (units <= encoding.singleLimit()) {
            return new SmsSegmentation(encoding, units, List.of(text));
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int width;
            int chars;
            if (encoding == SmsEncoding.GSM_7) {
                width = GsmAlphabet.septets(c);
                chars = 1;
            } else {
                chars = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
                width = chars;
            }
            if (used + width > encoding.partLimit()) {
                parts.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += width;
            i += chars;
        }
        parts.add(text.substring(start));
        return new SmsSegmentation(encoding, units, parts);
    }

    /** Segments a text would need; 1 for an empty text. */
    public int segmentCount(String text) {
        return segment(text).segmentCount();
    }

    static int units(String text, SmsEncoding encoding) {
        if (encoding == SmsEncoding.UCS_2) {
            return text.length();
        }
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += GsmAlphabet.septets(text.charAt(i));
        }
        return septets;
    }
}
