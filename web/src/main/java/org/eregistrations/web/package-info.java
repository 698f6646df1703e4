/** The application: its main (with the embedded database of the default run) and the settings every feature reads. */
package org.eregistrations.web;
