package io.linecare.grouping;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linecare.grouping.*}: how complaint groups are counted.
 *
 * @param window      the sliding window: complaints older than this no longer count towards the
 *                    threshold, and a group with none left in it closes as "no incident"
 * @param reviewTime  how soon the analyst's review of a suspected incident is due
 */
@ConfigurationProperties("linecare.grouping")
public record GroupingProperties(
        @DefaultValue("PT2H") Duration window,
        @DefaultValue("PT30M") Duration reviewTime) {
}
