package io.linecare.network;

import io.linecare.customer.ServiceType;

/** The fixes the network can make without a visit, chosen from the line test's finding. */
enum RemoteFixAction {
    PORT_RESET("port reset on %s"),
    RE_PROVISIONING("service profile re-provisioned on %s"),
    ONT_REBOOT("remote reboot of the customer's ONT behind %s"),
    SIP_CONFIGURATION_PUSH("SIP configuration pushed to the customer's phone adapter behind %s"),
    ENTITLEMENT_REFRESH("entitlements refreshed on the customer's set-top box behind %s");

    private final String description;

    RemoteFixAction(String description) {
        this.description = description;
    }

    String describe(String accessNodeId) {
        return description.formatted(accessNodeId);
    }

    /** A line fault is cleared on the access node; a device fault on the customer's equipment. */
    static RemoteFixAction forFault(LineStatus status, ServiceType serviceType, String detail) {
        if (status == LineStatus.LINE_FAULT) {
            return detail.toLowerCase().contains("provision") ? RE_PROVISIONING : PORT_RESET;
        }
        return switch (serviceType) {
            case BROADBAND -> ONT_REBOOT;
            case VOIP -> SIP_CONFIGURATION_PUSH;
            case CABLE_TV -> ENTITLEMENT_REFRESH;
        };
    }
}
