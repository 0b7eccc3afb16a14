/**
 * Bulk imports of provisions and children from CSV and XLSX files (dry run, then an all-or-nothing import), and the
 * tabular file reader other modules reuse for their own files ({@link org.rollcall.imports.TabularReader}).
 */
package org.rollcall.imports;
