package org.stepwise.correspondence;

/** One version of a letter template. */
public record TemplateView(
    String key,
    String name,
    Audience audience,
    String description,
    int version,
    String subject,
    String body) {}
