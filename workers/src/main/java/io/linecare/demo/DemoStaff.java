package io.linecare.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.linecare.platform.identity.IdentityBootstrap;
import io.linecare.platform.identity.LinecareGroup;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * The demo data set's staff logins, one or two per group (listed in the README). Never created
 * in prod: the prod profile turns {@code linecare.demo-data} off.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
@ConditionalOnProperty(name = "linecare.demo-data", havingValue = "true")
public class DemoStaff implements InitializingBean {

    /** Shared by every demo login; the demo data set exists to be tried, not to be secure. */
    public static final String DEMO_PASSWORD = "linecare-demo";

    public record StaffMember(String id, String firstName, String lastName, LinecareGroup group) {
    }

    public static final List<StaffMember> STAFF = List.of(
            new StaffMember("wang.fang", "Fang", "Wang", LinecareGroup.FRONTLINE),
            new StaffMember("liu.yang", "Yang", "Liu", LinecareGroup.FRONTLINE),
            new StaffMember("zhao.lei", "Lei", "Zhao", LinecareGroup.DISPATCH),
            new StaffMember("chen.jie", "Jie", "Chen", LinecareGroup.FIELD_TECH),
            new StaffMember("sun.hao", "Hao", "Sun", LinecareGroup.FIELD_TECH),
            new StaffMember("zhou.min", "Min", "Zhou", LinecareGroup.BILLING),
            new StaffMember("wu.qiang", "Qiang", "Wu", LinecareGroup.BILLING_MANAGERS),
            new StaffMember("zheng.li", "Li", "Zheng", LinecareGroup.BILLING_MANAGERS),
            new StaffMember("he.jing", "Jing", "He", LinecareGroup.RETENTION),
            new StaffMember("gao.peng", "Peng", "Gao", LinecareGroup.NETWORK_ANALYSTS),
            new StaffMember("lin.xue", "Xue", "Lin", LinecareGroup.PROCESS_OWNERS),
            new StaffMember("demo-admin", "Demo", "Administrator", LinecareGroup.ADMINS));

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private final IdentityBootstrap identity;

    public DemoStaff(IdentityBootstrap identity) {
        this.identity = identity;
    }

    @Override
    public void afterPropertiesSet() {
        for (StaffMember member : STAFF) {
            identity.ensureUser(member.id(), DEMO_PASSWORD, false, member.firstName(), member.lastName());
            if (member.group() == LinecareGroup.ADMINS) {
                identity.ensureAdministrator(member.id());
            } else {
                identity.ensureMembership(member.id(), member.group());
            }
        }
        log.info("Demo data set: {} staff logins ready (see README)", STAFF.size());
    }
}
