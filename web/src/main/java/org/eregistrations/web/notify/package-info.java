/** Notifications by email: the outbox written with each lifecycle change the investor is told of, and its sender. */
package org.eregistrations.web.notify;
