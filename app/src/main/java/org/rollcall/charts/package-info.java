/**
 * Charts drawn on the server as SVG text (ADR 0038): bars and columns with an accessible name and description, every
 * label escaped, no script, and the same figures as a table alternative. Any module may call it (the dashboard on
 * screen, the PDF reports); it knows nothing of Vaadin or the database.
 */
package org.rollcall.charts;
