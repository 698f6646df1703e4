/** How the application runs SQL: one small JDBC style for every feature, below all of them. */
package org.eregistrations.web.db;
