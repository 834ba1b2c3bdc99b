package io.linecare.repair.handler;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

import io.linecare.communication.template.LocalizedFormats;
import io.linecare.network.Area;
import io.linecare.network.NetworkInventory;
import io.linecare.repair.ticket.CaseHistory;
import io.linecare.repair.ticket.StaffTime;

/**
 * What fault-repair handlers put into variables for people to read: times labelled in the area's
 * time zone and the case history. One place, so every form shows them alike.
 */
@Component
public class RepairFacts {

    private final NetworkInventory network;
    private final CaseHistory history;

    public RepairFacts(NetworkInventory network, CaseHistory history) {
        this.network = network;
        this.history = history;
    }

    public ZoneId zoneOf(String areaId) {
        return network.area(areaId).map(Area::timeZone).orElse(LocalizedFormats.DEFAULT_ZONE);
    }

    public String label(Instant instant, String areaId) {
        return StaffTime.label(instant, zoneOf(areaId));
    }

    public String window(Instant start, Instant end, String areaId) {
        return StaffTime.window(start, end, zoneOf(areaId));
    }

    public String history(String ticketId, String areaId) {
        return history.summary(ticketId, zoneOf(areaId));
    }

    /** The engine's native date type: timers, due dates and the client all understand it. */
    public static Date date(Instant instant) {
        return Date.from(instant);
    }
}
