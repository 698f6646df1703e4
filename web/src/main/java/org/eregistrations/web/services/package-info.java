/** The published-services registry: the active ruleset version of each service, its stored versions, bundles and activations across instances. */
package org.eregistrations.web.services;
