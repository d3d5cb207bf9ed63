package org.regionaltc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests refused for want of a signed-in user are in the audit trail, and a flood of them is counted, not copied. */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousRefusalsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnonymousRefusals refusals;
    @Autowired
    AuditSettings settings;

    /** An address of the IPv6 documentation prefix that no other test uses. */
    private static String anAddress() {
        return "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<String> summariesOf(String address) {
        return jdbc.sql("""
                SELECT summary FROM audit_entry WHERE actor = :actor AND action = 'ACCESS_DENIED' ORDER BY id""")
            .param("actor", "anonymous " + address).query(String.class).list();
    }

    @Test
    void anAnonymousApiCallIsRefusedWith401AndRecordedWithTheClientAddress() throws Exception {
        String address = anAddress();
        mvc.perform(get("/api/audit").with(from(address))).andExpect(status().isUnauthorized());
        assertThat(summariesOf(address)).containsExactly("GET /api/audit refused: not signed in");
        assertThat(jdbc.sql("SELECT entity_id FROM audit_entry WHERE actor = :actor")
            .param("actor", "anonymous " + address).query(String.class).single()).isEqualTo("/api/audit");
    }

    @Test
    void anAnonymousPageRequestIsSentToSignInAndRecorded() throws Exception {
        String address = anAddress();
        mvc.perform(get("/audit").with(from(address)))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(summariesOf(address)).containsExactly("GET /audit refused: not signed in");
    }

    @Test
    void aFloodFromOneAddressIsRecordedUpToTheLimitThenCountedInOneEntry() throws Exception {
        String address = anAddress();
        int limit = settings.refusedPerAddressPerMinute();
        for (int i = 0; i < limit + 15; i++) {
            mvc.perform(get("/api/audit").with(from(address))).andExpect(status().isUnauthorized());
        }
        assertThat(summariesOf(address)).hasSize(limit).containsOnly("GET /api/audit refused: not signed in");

        refusals.close(Instant.now().plus(Duration.ofMinutes(2)));

        List<String> summaries = summariesOf(address);
        assertThat(summaries).hasSize(limit + 1);
        assertThat(summaries.getLast()).startsWith("15 more refused anonymous request(s) from " + address + " between ")
            .endsWith(", not recorded one by one");
    }
}
