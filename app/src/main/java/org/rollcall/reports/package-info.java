/**
 * The authority's reports (daily absence, weekly summary, exclusions, persistent and severe absence, not on roll and
 * missing UPNs, cohort and borough breakdowns, follow-up outcomes, SSDA903 support) as tables, exported as CSV, XLSX
 * and PDF with the same figures, and shown on the extranet.
 */
package org.rollcall.reports;
