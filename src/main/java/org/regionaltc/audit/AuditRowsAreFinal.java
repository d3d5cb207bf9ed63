package org.regionaltc.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger that keeps audit rows from being changed or deleted. */
public class AuditRowsAreFinal implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit entries cannot be changed or deleted");
    }
}
