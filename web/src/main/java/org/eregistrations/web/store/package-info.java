/** The event store: append changes, the current state, point in time, restore, snapshots and documents by SHA-256 — no HTTP, no catalogue. */
package org.eregistrations.web.store;
