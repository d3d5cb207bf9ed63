package org.regionaltc.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** tc.security.*: how many failed logins lock an account, and for how long. */
@ConfigurationProperties("tc.security")
public record SecuritySettings(int maxFailedLogins, Duration lockout) {
}
