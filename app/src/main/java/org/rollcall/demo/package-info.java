/**
 * Demo data (and the full-scale generator for benchmarks), robot operators that take calls unattended, and the
 * start-up report of URL, logins and API tokens.
 */
package org.rollcall.demo;
