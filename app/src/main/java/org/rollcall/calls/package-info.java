/** The daily call plan, the dialler, operators' availability, call records, retries and call-backs. */
package org.rollcall.calls;
