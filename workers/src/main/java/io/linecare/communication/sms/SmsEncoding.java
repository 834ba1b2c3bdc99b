package io.linecare.communication.sms;

/** How an SMS is encoded, and so how many characters fit in one message or one part of a longer one. */
public enum SmsEncoding {
    /** GSM 03.38 7-bit default alphabet: 160 septets alone, 153 per part (7 go to the concatenation header). */
    GSM_7(160, 153),
    /** UCS-2 (UTF-16 code units), e.g. for Chinese: 70 alone, 67 per part. */
    UCS_2(70, 67);

    private final int singleLimit;
    private final int partLimit;

    SmsEncoding(int singleLimit, int partLimit) {
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
    }

    /** Units (GSM septets or UTF-16 code units) in a message that is sent as one part. */
    public int singleLimit() {
        return singleLimit;
    }

    /** Units per part of a concatenated (multipart) message. */
    public int partLimit() {
        return partLimit;
    }
}
