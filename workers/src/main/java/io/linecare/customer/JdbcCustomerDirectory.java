package io.linecare.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link CustomerDirectory} over the {@code linecare.customer} and {@code subscription} tables. */
@Repository
public class JdbcCustomerDirectory implements CustomerDirectory {

    private static final String CUSTOMER_COLUMNS = """
            c.id, c.reference, c.full_name, c.tier, c.big_client, c.email, c.mobile, c.locale,
            c.channel_preference, c.quiet_hours_start, c.quiet_hours_end, c.time_zone, c.address,
            c.area_id, c.customer_since, c.nps_score""";

    private static final String SUBSCRIPTION_COLUMNS = """
            s.id, s.customer_id, s.service_type, s.plan_code, s.line_number, s.access_node_id,
            s.status, s.started_on, s.ended_on""";

    private final JdbcClient jdbc;

    public JdbcCustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> findById(long customerId) {
        return jdbc.sql("select " + CUSTOMER_COLUMNS + " from linecare.customer c where c.id = :id")
                .param("id", customerId)
                .query(JdbcCustomerDirectory::customer)
                .optional();
    }

    @Override
    public Optional<Customer> findByReference(String reference) {
        return jdbc.sql("select " + CUSTOMER_COLUMNS + " from linecare.customer c where c.reference = :reference")
                .param("reference", reference)
                .query(JdbcCustomerDirectory::customer)
                .optional();
    }

    @Override
    public List<Subscription> subscriptionsOf(long customerId) {
        return jdbc.sql("select " + SUBSCRIPTION_COLUMNS
                        + " from linecare.subscription s where s.customer_id = :customer order by s.started_on, s.id")
                .param("customer", customerId)
                .query(JdbcCustomerDirectory::subscription)
                .list();
    }

    @Override
    public Optional<Subscription> findSubscription(long subscriptionId) {
        return jdbc.sql("select " + SUBSCRIPTION_COLUMNS + " from linecare.subscription s where s.id = :id")
                .param("id", subscriptionId)
                .query(JdbcCustomerDirectory::subscription)
                .optional();
    }

    @Override
    public List<Customer> customersOnAccessNodes(Collection<String> accessNodeIds) {
        if (accessNodeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CUSTOMER_COLUMNS + "\n" + """
                         from linecare.customer c
                        where exists (select 1 from linecare.subscription s
                                       where s.customer_id = c.id
                                         and s.status = 'active'
                                         and s.access_node_id in (:nodes))
                        order by c.id""")
                .param("nodes", List.copyOf(accessNodeIds))
                .query(JdbcCustomerDirectory::customer)
                .list();
    }

    static Customer customer(ResultSet rs, int row) throws SQLException {
        LocalTime quietStart = rs.getObject("quiet_hours_start", LocalTime.class);
        LocalTime quietEnd = rs.getObject("quiet_hours_end", LocalTime.class);
        return new Customer(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("full_name"),
                Tier.fromCode(rs.getString("tier")),
                rs.getBoolean("big_client"),
                rs.getString("email"),
                rs.getString("mobile"),
                Locale.forLanguageTag(rs.getString("locale")),
                ChannelPreference.fromCode(rs.getString("channel_preference")),
                quietStart == null ? null : new QuietHours(quietStart, quietEnd),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("address"),
                rs.getString("area_id"),
                rs.getObject("customer_since", LocalDate.class),
                rs.getObject("nps_score", Integer.class));
    }

    static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                ServiceType.fromCode(rs.getString("service_type")),
                rs.getString("plan_code"),
                rs.getString("line_number"),
                rs.getString("access_node_id"),
                SubscriptionStatus.fromCode(rs.getString("status")),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class));
    }
}
