package org.stepwise.fhir;

/**
 * A client's credentials just made, to be shown once and then forgotten: only the secret's hash is
 * kept. {@link #toString()} leaves the secret out, so it cannot reach a log by accident.
 *
 * @param clientId the client id
 * @param name the system's name
 * @param secret the secret in plain text (43 characters of base64url)
 */
public record ApiClientSecret(String clientId, String name, String secret) {

  @Override
  public String toString() {
    return "ApiClientSecret[clientId=" + clientId + ", name=" + name + ", secret=(hidden)]";
  }
}
