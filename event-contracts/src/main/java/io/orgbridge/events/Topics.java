package io.orgbridge.events;

/** Kafka topic names of the suite. Channel names in the services equal these names. */
public final class Topics {

    public static final String INTEGRATION_EVENTS = "integration-events";
    public static final String DISCOVERY_EVENTS = "discovery-events";
    public static final String CONNECTION_EVENTS = "connection-events";
    public static final String DIRECTORY_EVENTS = "directory-events";

    private Topics() {}
}
