package org.eregistrations.web.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eregistrations.engine.lifecycle.FileStatus;

/** A file's row: whose it is, its service, its status, and its version (the number of events appended to it). */
@Entity
@Table(name = "file")
public class FileRecord extends PanacheEntityBase {
    @Id
    public UUID id;

    /** The number people read and search for, from the database's sequence at creation ({@code FileNumbers}). */
    @Column(updatable = false)
    public long number;

    @Column(name = "service_id")
    public String serviceId;

    @Column(name = "owner_id")
    public String ownerId;

    @Enumerated(EnumType.STRING)
    public FileStatus status;

    /** Written only by the event store's conditional update, never by a flush of this entity. */
    @Column(updatable = false)
    public long version;

    /** The ruleset version the file is pinned to once sent; null while it follows the active version. */
    @Column(name = "ruleset_version")
    public String rulesetVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", updatable = false)
    public OffsetDateTime updatedAt;

    /**
     * A file as a list reads it from six columns from {@code column} on: id, number, service_id, owner_id, status,
     * created_at.
     */
    public static FileRecord listed(ResultSet row, int column) throws SQLException {
        FileRecord file = new FileRecord();
        file.id = row.getObject(column, UUID.class);
        file.number = row.getLong(column + 1);
        file.serviceId = row.getString(column + 2);
        file.ownerId = row.getString(column + 3);
        file.status = FileStatus.valueOf(row.getString(column + 4));
        file.createdAt = row.getObject(column + 5, OffsetDateTime.class);
        return file;
    }
}
