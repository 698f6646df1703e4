/**
 * Statistics of Part B (role {@code statistics}, and supervisors): files sent and decided, decisions per step,
 * institution and officer, processing times in working time, certificates, reasons, accounts; as tables, SVG charts,
 * CSV and a PDF report, all counted from the event log's projection {@code file_statistic}.
 */
package org.eregistrations.web.statistics;
