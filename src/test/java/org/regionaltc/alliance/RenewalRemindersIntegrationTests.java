package org.regionaltc.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RenewalRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RenewalReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anAgreementDueSoonIsRemindedOncePerDueDateAndTheSecretariatSeesWhen() throws Exception {
        String title = "Reminded " + UUID.randomUUID().toString().substring(0, 8);
        long soon = agreement(title, today.plusDays(30));
        long later = agreement(title + " later", today.plusDays(120));

        reminders.remind();
        reminders.remind();

        assertThat(reminderCount(soon)).isEqualTo(1);
        assertThat(auditCount(soon)).isEqualTo(1);
        assertThat(reminderCount(later)).isZero();
        String page = mvc.perform(get("/partners").with(user(users.loadUserByUsername(AccountFixtures.anOfficer(administration)))))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("renewal reminder recorded " + today);
        assertThat(mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString())
            .doesNotContain("renewal reminder recorded");

        // Renewed: the new due date is reminded afresh when it comes near.
        jdbc.sql("UPDATE agreement SET renewal_on = :d WHERE id = :id").param("d", today.plusDays(60)).param("id", soon)
            .update();
        reminders.remind();
        assertThat(reminderCount(soon)).isEqualTo(2);
        assertThat(auditCount(soon)).isEqualTo(2);
    }

    private long agreement(String title, LocalDate renewalOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agreement (title, kind, status, renewal_on)
                VALUES (:t, 'MEMORANDUM_OF_UNDERSTANDING', 'ACTIVE', :r)
                """).param("t", title).param("r", renewalOn).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private int reminderCount(long agreement) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement_reminder WHERE agreement_id = :a").param("a", agreement)
            .query(Integer.class).single();
    }

    private int auditCount(long agreement) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'AgreementReminder' AND entity_id = :a
                """).param("a", String.valueOf(agreement)).query(Integer.class).single();
    }
}
