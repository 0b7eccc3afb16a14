/**
 * Shared infrastructure: the clock and the embedded defaults (PostgreSQL from Maven Central binaries) used when
 * nothing external is configured.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.rollcall.platform;
