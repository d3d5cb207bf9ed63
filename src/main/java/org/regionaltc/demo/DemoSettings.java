package org.regionaltc.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** tc.demo.enabled: load the labelled demo programme (true), or remove it (false). */
@ConfigurationProperties("tc.demo")
record DemoSettings(boolean enabled) {
}
