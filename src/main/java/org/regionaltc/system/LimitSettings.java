package org.regionaltc.system;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * tc.limits.*: the size of a request body (JSON, forms), of a file sent as the body of an import, the pages of the
 * API's lists, and how many requests a client may send. Uploads (multipart) take spring.servlet.multipart.*.
 */
@ConfigurationProperties("tc.limits")
public record LimitSettings(@DefaultValue("2MB") DataSize body, @DefaultValue("50MB") DataSize importBody,
        @DefaultValue Paging paging, @DefaultValue Rate rate) {

    /** {@code size} when a caller sends none, and the largest it may ask for. */
    public record Paging(@DefaultValue("100") int defaultSize, @DefaultValue("1000") int maxSize) {
    }

    /**
     * A token bucket per client: {@code requestsPerSecond} come back each second, up to {@code burst}; a client
     * (a username, or an address) listed in {@code clients} has its own.
     */
    public record Rate(@DefaultValue("true") boolean enabled, @DefaultValue("5000") double requestsPerSecond,
            @DefaultValue("10000") int burst, @DefaultValue Map<String, Client> clients) {
    }

    public record Client(double requestsPerSecond, int burst) {
    }
}
