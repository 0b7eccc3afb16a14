/** The operator's screens: screen-pop of the offered call, mark entry, call control and wrap-up. */
package org.rollcall.workspace;
