/** The officers' pages (Part B): my work, a step's queue, reviewing a file and deciding its steps. */
package org.eregistrations.web.partb;
