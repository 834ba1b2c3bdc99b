package io.linecare.workforce;

import io.linecare.customer.ServiceType;

/** What a technician is qualified for; a job needs the skill of its service (and more for some work). */
public enum Skill {
    BROADBAND("broadband"),
    VOIP("voip"),
    CABLE_TV("cable-tv"),
    FIBRE_SPLICING("fibre-splicing"),
    ENTERPRISE("enterprise");

    private final String code;

    Skill(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The basic skill a repair on this kind of line needs. */
    public static Skill forService(ServiceType serviceType) {
        return switch (serviceType) {
            case BROADBAND -> BROADBAND;
            case VOIP -> VOIP;
            case CABLE_TV -> CABLE_TV;
        };
    }

    public static Skill fromCode(String code) {
        for (Skill skill : values()) {
            if (skill.code.equals(code)) {
                return skill;
            }
        }
        throw new IllegalArgumentException("Unknown skill '" + code + "'");
    }
}
