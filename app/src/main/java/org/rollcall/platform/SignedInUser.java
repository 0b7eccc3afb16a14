package org.rollcall.platform;

/**
 * Who is signed in to the current screen, as the application shell names them. Accounts implements it, so the shell
 * in platform can show the user without platform depending on accounts (which depends on platform).
 */
public interface SignedInUser {

    /** For example "Operator 1" or "Virtual School head". */
    String displayName();

    /** The user's role as people say it, for example "QA reviewer"; never an enum name. */
    String roleLabel();
}
