/** The rule sandbox: what a bundle's DRL may say, checked before any of it is compiled or run. */
package org.eregistrations.engine.sandbox;
