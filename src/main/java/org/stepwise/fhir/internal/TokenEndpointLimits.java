package org.stepwise.fhir.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits on the OAuth endpoints ({@code /oauth2/token}, {@code /oauth2/revoke}, {@code
 * /oauth2/introspect}), before the client's secret is checked (each check is a deliberately slow
 * hash): per client id named in the request, and per source address (an IPv6 address by its /64),
 * each a token bucket in PostgreSQL shared by every node ({@link RateBuckets}). The address is
 * counted first, and a request it refuses is not counted against the client, so that one address
 * cannot use up a client's allowance by itself. Over either limit: 429 with {@code Retry-After} and
 * an OAuth error ({@code slow_down}) in JSON.
 *
 * <p>Addresses are kept only as keyed hashes (HMAC-SHA-256 with a key derived from the key
 * encryption key, the same on every node).
 */
final class TokenEndpointLimits extends OncePerRequestFilter {

  private final RateBuckets buckets;
  private final double clientPerMinute;
  private final double addressPerMinute;
  private final byte[] addressKey;

  TokenEndpointLimits(
      RateBuckets buckets, double clientPerMinute, double addressPerMinute, byte[] addressKey) {
    this.buckets = buckets;
    this.clientPerMinute = clientPerMinute;
    this.addressPerMinute = addressPerMinute;
    this.addressKey = addressKey.clone();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var address = request.getRemoteAddr();
    if (address != null) {
      var wait =
          buckets.take(
              "oauth-address:" + hash(network(address)), addressPerMinute / 60, addressPerMinute);
      if (wait > 0) {
        refuse(response, wait, "from this address");
        return;
      }
    }
    var client = clientId(request);
    if (client != null) {
      var wait = buckets.take("oauth-client:" + client, clientPerMinute / 60, clientPerMinute);
      if (wait > 0) {
        refuse(response, wait, "for this client");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, long wait, String whose)
      throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(wait));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"error\":\"slow_down\",\"error_description\":\"Too many token requests "
                + whose
                + ": try again in "
                + wait
                + " second"
                + (wait == 1 ? "" : "s")
                + ". A token lasts 15 minutes: keep using it until it runs out.\"}");
  }

  /**
   * The client id the request names: in HTTP Basic authentication (form-encoded, as RFC 6749 says),
   * or the {@code client_id} parameter. Null when it names none. Not yet checked.
   */
  static String clientId(HttpServletRequest request) {
    var authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        var decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        var colon = decoded.indexOf(':');
        var id = colon < 0 ? decoded : decoded.substring(0, colon);
        return bounded(URLDecoder.decode(id, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
    }
    return bounded(request.getParameter("client_id"));
  }

  /** Client ids are short; a long one is counted by its start, so rows stay small. */
  private static String bounded(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    return id.length() > 100 ? id.substring(0, 100) : id;
  }

  /** An IPv4 address as it is; an IPv6 address by its first 64 bits. */
  static String network(String address) {
    if (!address.contains(":")) {
      return address;
    }
    try {
      var bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private String hash(String value) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(addressKey, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
