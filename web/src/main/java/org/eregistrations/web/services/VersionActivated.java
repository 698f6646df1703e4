package org.eregistrations.web.services;

/** A version that passed the gate and is now the active one of its service in the database. */
record VersionActivated(String version, PublishedServices.PublishedService service) {}
