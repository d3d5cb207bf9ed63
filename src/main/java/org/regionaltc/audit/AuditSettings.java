package org.regionaltc.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tc.audit.*: how many refused anonymous requests of one client address per minute the trail records one by one
 * (the rest of that minute become one entry counting them), and how many addresses a node follows at once.
 */
@ConfigurationProperties("tc.audit")
public record AuditSettings(@DefaultValue("20") int refusedPerAddressPerMinute,
        @DefaultValue("10000") int refusedAddressesFollowed) {
}
