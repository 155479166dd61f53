/**
 * Tables as files: the one place where a table on screen becomes a CSV or XLSX download.
 *
 * <p>A feature gives the column headings and the rows (cells: text, whole or decimal numbers, or nothing) exactly as
 * it shows them, and {@link org.hifazat.export.TableExport} writes them as the response body, row by row, without
 * holding the file in memory: CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Urdu correctly) and
 * text that a spreadsheet would run as a formula neutralised, or XLSX through a streaming writer (text cells there
 * are never formulas). Rows can come from a list or be pushed one at a time from a database cursor.
 */
package org.hifazat.export;
