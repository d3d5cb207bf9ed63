package org.regionaltc.system;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run by one node at a time: a job runs only on the node that holds its row of the shedlock
 * table, with the database's clock, so that several nodes on one database neither repeat a job nor depend on their
 * clocks agreeing. Only the server schedules; a command of the command line runs none.
 */
@Configuration
@ConditionalOnWebApplication
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class Scheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withLockedByValue(node())
            .usingDbTime()
            .build());
    }

    /** Which node holds a lock, as the shedlock table shows it: host and process. */
    static String node() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
