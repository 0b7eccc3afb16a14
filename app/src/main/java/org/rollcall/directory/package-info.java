/** Authorities, provisions (schools, PRUs, APs) with their call windows, children, placements and contacts. */
package org.rollcall.directory;
