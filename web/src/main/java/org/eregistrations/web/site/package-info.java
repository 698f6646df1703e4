/** The shell every page shares: the visit (language, login, CSRF), layout and rendering, messages, error pages, request limits, security headers and the start page. */
package org.eregistrations.web.site;
