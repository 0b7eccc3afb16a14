package org.rollcall.extranet.live;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may listen to what: an authority (user or API token) to its own children's marks, staff to everything.
 * Clients may only subscribe; nothing is sent to the server.
 */
@Component
class SubscriptionGuard implements ChannelInterceptor {

    static final Pattern MARKS = Pattern.compile("/topic/authorities/([0-9a-f-]{36})/marks");
    static final String CALLS = "/topic/calls";

    private final Accounts accounts;

    SubscriptionGuard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.SEND) {
            throw new AccessDeniedException("this endpoint only publishes events: subscribe to "
                    + "/topic/authorities/{authorityId}/marks or /topic/calls");
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
            Caller caller = accounts.callerOf(stomp.getUser()).orElseThrow(() ->
                    new AccessDeniedException("sign in (session, HTTP Basic or Bearer API token) before subscribing"));
            check(caller, stomp.getDestination());
        }
        return message;
    }

    static void check(Caller caller, String destination) {
        boolean staff = caller.role() == Role.QA || caller.role() == Role.ADMIN || caller.role() == Role.SUPERVISOR;
        Matcher marks = MARKS.matcher(destination == null ? "" : destination);
        if (marks.matches() && (staff || caller.authorityId() != null
                && caller.authorityId().toString().equals(marks.group(1)))) {
            return;
        }
        if (CALLS.equals(destination) && staff) {
            return;
        }
        throw new AccessDeniedException(caller.name() + " may not subscribe to " + destination + ": authorities "
                + "may subscribe to /topic/authorities/{their authority id}/marks; staff also to /topic/calls");
    }
}
