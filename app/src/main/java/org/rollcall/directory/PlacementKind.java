package org.rollcall.directory;

/** On roll at the provision, or attending it as an alternative provision while on roll elsewhere. */
public enum PlacementKind {
    ON_ROLL, ALTERNATIVE
}
