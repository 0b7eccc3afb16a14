package org.rollcall.calls;

import org.rollcall.accounts.UserId;

/**
 * The operators whose screens this app node holds. With several nodes, each node's dialler offers calls to the
 * operators whose screens it holds, so the node that offers a call is the one that pushes it to the screen; an
 * operator with no screen on a live node is offered calls by any node (ADR 0051).
 */
public interface OperatorScreens {

    /** A screen of the operator opened on this node. */
    void opened(UserId operator);

    /** A screen of the operator on this node closed; the node holds the operator until their last one closes. */
    void closed(UserId operator);
}
