package io.linecare.customer;

/** The three products the ISP sells; also the key of a price plan and of a technician skill. */
public enum ServiceType {
    BROADBAND("broadband"),
    VOIP("voip"),
    CABLE_TV("cable-tv");

    private final String code;

    ServiceType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ServiceType fromCode(String code) {
        for (ServiceType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown service type '" + code + "'");
    }
}
