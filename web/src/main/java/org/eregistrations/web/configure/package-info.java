/** The configurator's entry points: upload and activation attempts of rule bundles and the watch of the rules folder. */
package org.eregistrations.web.configure;
