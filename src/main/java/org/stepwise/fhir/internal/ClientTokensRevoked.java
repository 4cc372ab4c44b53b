package org.stepwise.fhir.internal;

import java.time.Instant;

/**
 * Every access token a client was given up to now stops working: it was deactivated, or given a new
 * secret (perhaps because the old one leaked).
 */
public record ClientTokensRevoked(String clientId, Instant at) {}
