package io.linecare.communication.sms;

import java.util.Objects;

import io.linecare.communication.MessageType;

/**
 * Fits a rendered SMS to its message type: a type marked {@link MessageType#smsSinglePart()} is shortened to one
 * part, ending with an ellipsis and the status link ({@code "..."} for GSM-7 text, {@code "…"} for UCS-2 text,
 * where "…" costs nothing extra); other types go out as they are, in as many parts as they need.
 * The status link is never cut: if it cannot fit in one part even alone, the text is returned as short as
 * possible (ellipsis + link) and will take more than one part.
 */
public class SmsTextPolicy {

    private final SmsSegmenter segmenter;

    public SmsTextPolicy(SmsSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    public SmsTextPolicy() {
        this(new SmsSegmenter());
    }

    public String apply(MessageType type, String text, String statusUrl) {
        return type.smsSinglePart() ? shortenToSinglePart(text, statusUrl) : text;
    }

    /** The text itself when it fits one part; else its longest prefix that fits with an ellipsis and the link. */
    public String shortenToSinglePart(String text, String statusUrl) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(statusUrl, "statusUrl");
        if (segmenter.segment(text).isSinglePart()) {
            return text;
        }
        String body = text.strip();
        if (body.endsWith(statusUrl)) {
            body = body.substring(0, body.length() - statusUrl.length());
        }
        body = body.stripTrailing();
        for (int end = body.length(); end >= 0; end--) {
            if (end > 0 && end < body.length() && Character.isLowSurrogate(body.charAt(end))
                    && Character.isHighSurrogate(body.charAt(end - 1))) {
                continue; // never cut between a surrogate pair
            }
            String candidate = withEllipsis(body.substring(0, end).stripTrailing(), statusUrl);
            if (segmenter.segment(candidate).isSinglePart()) {
                return preferWordBoundary(body, end, statusUrl, candidate);
            }
        }
        return withEllipsis("", statusUrl);
    }

    /** For GSM-7 (Latin) text, cut at the last space if one is near, so no word is cut in half. */
    private String preferWordBoundary(String body, int end, String statusUrl, String candidate) {
        if (end == 0 || end >= body.length() || !GsmAlphabet.isGsm7(body.substring(0, end))) {
            return candidate;
        }
        if (Character.isWhitespace(body.charAt(end))) {
            return candidate;
        }
        int space = body.lastIndexOf(' ', end - 1);
        if (space > 0 && end - space <= 20) {
            return withEllipsis(body.substring(0, space).stripTrailing(), statusUrl);
        }
        return candidate;
    }

    private static String withEllipsis(String prefix, String statusUrl) {
        String ellipsis = GsmAlphabet.isGsm7(prefix) ? "..." : "…";
        return prefix + ellipsis + " " + statusUrl;
    }
}
