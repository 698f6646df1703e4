/** The supervisors' pages: every file waiting at the steps they oversee, across services. */
package org.eregistrations.web.supervise;
