package org.rollcall.directory;

/** How a child is shown in lists: name and UPN (null until known). */
public record ChildLabel(String name, String upn) {
}
