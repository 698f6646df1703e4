package org.eregistrations.web.db;

import java.sql.SQLException;

/** A statement the database refused or could not run; its SQL state says why (e.g. 23505, a duplicate key). */
public class DatabaseException extends RuntimeException {
    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
