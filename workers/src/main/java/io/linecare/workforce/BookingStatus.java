package io.linecare.workforce;

/** TMF646 appointment status as far as a booked technician window goes. */
public enum BookingStatus {
    CONFIRMED("confirmed"),
    CANCELLED("cancelled"),
    COMPLETED("completed"),
    FAILED("failed");

    private final String code;

    BookingStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static BookingStatus fromCode(String code) {
        for (BookingStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown booking status '" + code + "'");
    }
}
