package org.stepwise.fhir.internal;

import java.time.Instant;

/**
 * Every access token a client was given up to now stops working: it was deactivated, or given a new
 * secret (perhaps because the old one leaked).
 *
 * @param credentialVersion the client's version after the change: tokens carrying an older one (the
 *     {@link VerifiedTokens#CREDENTIAL_VERSION} claim) are refused
 * @param at when, for the log
 */
public record ClientTokensRevoked(String clientId, long credentialVersion, Instant at) {}
