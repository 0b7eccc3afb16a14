package org.rollcall.directory;

public enum ProvisionType {
    MAINSTREAM, PRU, RESIDENTIAL, ALTERNATIVE_PROVISION, POST_16
}
