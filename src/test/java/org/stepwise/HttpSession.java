package org.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP conversation with the running application, with cookies, as a browser without
 * JavaScript has it. Redirects are not followed, so tests can see them.
 */
public final class HttpSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String forwardedFor;

  public HttpSession(int port) {
    this(port, null);
  }

  /**
   * A conversation that comes, as far as the application can tell, from the given address: sent as
   * X-Forwarded-For, which Tomcat believes from the test's own machine, as it would from a proxy.
   * Tests that count failed sign-ins use their own address so as not to lock out everyone else.
   */
  public HttpSession(int port, String forwardedFor) {
    this.port = port;
    this.forwardedFor = forwardedFor;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(
        request(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
  }

  /** The CSRF token from the given page's first form. */
  public String csrfToken(String path) throws Exception {
    var matcher = CSRF.matcher(get(path).body());
    assertThat(matcher.find()).as("a form on %s carries a CSRF token", path).isTrue();
    return matcher.group(1);
  }

  public HttpResponse<String> signIn(String username, String password) throws Exception {
    return post(
        "/login", Map.of("username", username, "password", password, "_csrf", csrfToken("/login")));
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
