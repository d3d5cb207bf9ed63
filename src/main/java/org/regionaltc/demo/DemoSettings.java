package org.regionaltc.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tc.demo.enabled: load the labelled demo programme (true, the default), or remove it (false). Every feature's demo
 * runner reads it here, so that they never disagree on what an unset property means.
 */
@ConfigurationProperties("tc.demo")
public record DemoSettings(@DefaultValue("true") boolean enabled) {
}
