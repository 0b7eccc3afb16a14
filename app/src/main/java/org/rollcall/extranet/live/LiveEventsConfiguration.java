package org.rollcall.extranet.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over WebSocket at /ws for live clients other than Vaadin screens (wallboards, authority systems, a
 * softphone). An in-memory broker serves one node; several nodes would relay to a broker (see ADR 0001).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveEventsConfiguration implements WebSocketMessageBrokerConfigurer {

    private final SubscriptionGuard guard;

    LiveEventsConfiguration(SubscriptionGuard guard) {
        this.guard = guard;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
        registry.setErrorHandler(new RefusalMessages());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic");
        registry.setApplicationDestinationPrefixes("/app");
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(guard);
    }
}
