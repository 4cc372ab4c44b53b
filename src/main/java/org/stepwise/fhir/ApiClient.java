package org.stepwise.fhir;

import java.time.Instant;
import java.util.List;

/**
 * A clinical system registered to use the FHIR API, as administrators see it. Never carries the
 * secret, nor its hash.
 *
 * @param clientId what the system sends as its OAuth 2.0 client id
 * @param odsCode the organisation's ODS code; null when not given
 * @param scopes what it may do, from {@link ApiClientRegistry#SCOPES}, in that order
 * @param active false once deactivated: it gets no new tokens
 * @param lastUsedAt when it last got a token; null if never
 * @param version one more with every change (deactivation, reactivation, a new secret): what a
 *     change sent from a page carries, so that one made on a stale page is refused
 */
public record ApiClient(
    ApiClientId id,
    String clientId,
    String name,
    String organisation,
    String odsCode,
    List<String> scopes,
    boolean active,
    Instant lastUsedAt,
    Instant createdAt,
    String createdBy,
    long version) {}
