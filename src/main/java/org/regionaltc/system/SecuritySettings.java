package org.regionaltc.system;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tc.security.*: how many failed logins from one client address lock a username there, for how long, and which
 * proxies' {@code X-Forwarded-For} names the client (none by default: the connection's address counts).
 */
@ConfigurationProperties("tc.security")
public record SecuritySettings(int maxFailedLogins, Duration lockout, @DefaultValue List<String> trustedProxies) {
}
