/** User administration: the accounts of officers and other staff, invited by email; their roles, institution, deactivation and change log. */
package org.eregistrations.web.admin;
