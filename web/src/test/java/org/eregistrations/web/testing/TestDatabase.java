package org.eregistrations.web.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Where the tests' database is declared: a throwaway embedded PostgreSQL that every {@code @QuarkusTest} shares
 * (Quarkus applies a test resource found on any class of the tests to all of them).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {
    private TestDatabase() {}
}
