package io.linecare.bench;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/** Counts the statements (database round trips) the application sends, through datasource-proxy. */
public class StatementCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> statements.addAndGet(execution.isBatch() ? 1 : queries.size()))
                    .build();
        }
        return bean;
    }

    /**
     * Counts the statements of the application this builder makes. Registered as an initializer, not as a
     * {@code @Configuration}: component scanning would otherwise install it in every test context too.
     */
    public static StatementCounter countingIn(org.springframework.boot.builder.SpringApplicationBuilder application) {
        StatementCounter counter = new StatementCounter();
        application.initializers(context -> context.getBeanFactory().addBeanPostProcessor(counter));
        return counter;
    }

    public long statements() {
        return statements.get();
    }
}
