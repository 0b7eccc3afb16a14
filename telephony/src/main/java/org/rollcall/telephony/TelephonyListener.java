package org.rollcall.telephony;

/** Receives telephony events. Must not block: adapters call it from their event threads. */
@FunctionalInterface
public interface TelephonyListener {
    void on(TelephonyEvent event);
}
