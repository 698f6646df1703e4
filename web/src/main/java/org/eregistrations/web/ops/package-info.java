/** What the operator watches: health checks, who may read the metrics, request ids in the log and JSON log lines. */
package org.eregistrations.web.ops;
