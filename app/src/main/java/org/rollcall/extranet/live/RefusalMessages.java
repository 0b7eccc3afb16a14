package org.rollcall.extranet.live;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.messaging.Message;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/** ERROR frames say why a subscription was refused, not which internal channel failed. */
class RefusalMessages extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        return super.handleClientMessageProcessingError(clientMessage,
                new IllegalStateException(cause.getMessage(), ex));
    }
}
