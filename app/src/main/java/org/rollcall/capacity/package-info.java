/**
 * The day model: a discrete-event simulation of a contact-centre day on a virtual clock (no sleeps, no database),
 * the dialler's offer rules, lower bounds on the operators a day needs, and the search for the fewest operators
 * that keep schools inside their windows. Pure Java, so a national day runs in seconds (ADR 0036).
 */
package org.rollcall.capacity;
