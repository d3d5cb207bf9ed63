package org.regionaltc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * Two nodes started at once on a new database both find no administrator (TwoNodesIT once failed so: node B
 * exited on the duplicate username). Here the other node's insert is real; only the moment of the first check
 * is arranged, by answering it "no administrator yet".
 */
@SpringBootTest
class AdminBootstrapIntegrationTests {

    @Autowired
    Accounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNodeThatLostTheRaceToCreateTheAdministratorStartsAnyway() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(username, AccountFixtures.PASSWORD, "Administrator", null, "ADMIN",
            java.util.List.of(), null);
        Accounts checkedBeforeTheOtherNodeCommitted = spy((Accounts) org.springframework.test.util.AopTestUtils.getUltimateTargetObject(accounts));
        doReturn(false).doCallRealMethod().when(checkedBeforeTheOtherNodeCommitted).anyAdmin();

        new AdminBootstrap(checkedBeforeTheOtherNodeCommitted, administration,
            new MockEnvironment().withProperty("ADMIN_USERNAME", username)).run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", username)
            .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aUsernameTakenByAnAccountThatIsNoAdministratorIsStillAnError() {
        String username = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(username, AccountFixtures.PASSWORD, "Officer", null, "OFFICER", java.util.List.of(),
            null);
        Accounts noAdministratorAtAll = spy((Accounts) org.springframework.test.util.AopTestUtils.getUltimateTargetObject(accounts));
        doReturn(false).when(noAdministratorAtAll).anyAdmin();

        assertThatThrownBy(() -> new AdminBootstrap(noAdministratorAtAll, administration,
                new MockEnvironment().withProperty("ADMIN_USERNAME", username)).run(new DefaultApplicationArguments()))
            .isInstanceOfAny(org.regionaltc.system.Conflict.class, DuplicateKeyException.class);
    }
}
