/** The file as every side sees it — open, change, send, decide, migrate, history — the one service that the pages and the JSON API share. */
package org.eregistrations.web.file;
