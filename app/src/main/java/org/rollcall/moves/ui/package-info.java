/**
 * The moves module's screens and the parts other modules' screens show: the new-school fields of "Moved to another
 * school" (changes' panel) and the backdating grid (the workspace), through this named interface.
 */
@org.springframework.modulith.NamedInterface("moves-ui")
package org.rollcall.moves.ui;
