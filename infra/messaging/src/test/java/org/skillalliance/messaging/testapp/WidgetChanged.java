package org.skillalliance.messaging.testapp;

/** Payload of the test event: which widget, and the how-many-th change of it. */
public record WidgetChanged(String widgetId, int sequence) {}
