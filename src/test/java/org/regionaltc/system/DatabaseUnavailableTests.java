package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTests {

    @Test
    void noConnectionToBeHadIsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("pool",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new TransientDataAccessResourceException("gone"))).isTrue();
    }

    @Test
    void aTransactionThatCouldNotBeginOrASignInThatCouldNotReadTheAccountIsTooWhateverWrapsIt() {
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("Could not open JDBC Connection",
            new SQLTransientConnectionException("timeout")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new InternalAuthenticationServiceException("users",
            new CannotGetJdbcConnectionException("pool")))).isTrue();
    }

    @Test
    void aConnectionBrokenOrClosedByTheServerShuttingDownIsToo() {
        assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("select", "SELECT 1",
            new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("select", "SELECT 1",
            new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    /** Spring Session's lookup broke on the connection, and rolling back then failed on the closed connection. */
    @Test
    void aRollbackThatFailedBecauseTheConnectionBrokeIsToo() {
        var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
            new SQLException("Connection is closed"));
        rollback.initApplicationException(new UncategorizedSQLException("select", "SELECT 1",
            new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
        var rollbackOfABug = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
            new SQLException("Connection is closed"));
        rollbackOfABug.initApplicationException(new IllegalStateException("bug"));
        assertThat(DatabaseUnavailable.isCause(rollbackOfABug)).isFalse();
    }

    @Test
    void theCallersOwnFaultsAndBugsAreNot() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
            new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("select", "SELEC 1",
            new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
    }
}
