/** What the web tests share: the database, API and page clients, test bundles and accounts, one PDF. */
package org.eregistrations.web.testing;
