package org.stepwise.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Tried as a new user would, by machine: signed in as each role, follow every link Stepwise shows
 * and submit every form on every page — as shown, twice (a double click), empty, and with nonsense
 * (text far longer than any column, dates ten million years away, negative and huge numbers,
 * options that do not exist, ids of nothing) — plus addresses with odd page numbers, weeks and ids.
 * No answer may be a server error (5xx) or an unhandled exception.
 *
 * <p>Runs on its own database (the property below makes its own application context), because it
 * changes whatever it can reach, demo people included.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "stepwise.database.data-dir=",
      "stepwise.database.url=",
      "stepwise.test.own-context=no-server-errors"
    })
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.stepwise.TestTeams.class)
class NoServerErrorsIT {

  private static final int MAX_PAGES_PER_ROLE = 300;

  /** Pages of one shape (the same address but for its ids) visited at most this often. */
  private static final int VISITS_PER_SHAPE = 4;

  private static final Pattern SKIP =
      Pattern.compile(
          ".*(/logout|\\.pdf|\\.png|\\.csv|\\.ods|/webjars/|/css/|/js/|/fonts/|/actuator|/fhir|/oauth2).*");

  private static final List<String> ODD_ADDRESSES =
      List.of(
          "/referrals?page=50000000",
          "/referrals?page=-3",
          "/referrals?page=abc",
          "/waiting-list?page=2147483647",
          "/waiting-for-support?page=50000000",
          "/waiting-for-support?page=-1&sort=nonsense",
          "/diary?week=%2B999999999-12-31",
          "/diary?week=-999999999-01-01",
          "/diary?week=2026-13-45",
          "/caseload?step=abc&service=nonsense&condition=NOPE&show=x",
          "/caseload?step=99999999999",
          "/cases/" + UUID.randomUUID(),
          "/cases/not-a-uuid",
          "/referrals/" + UUID.randomUUID(),
          "/triage/" + UUID.randomUUID(),
          "/people/" + UUID.randomUUID() + "/consent",
          "/cases/" + UUID.randomUUID() + "/plan",
          "/cases/" + UUID.randomUUID() + "/questionnaires/PHQ-9/chart.png",
          "/admin/audit?page=99999999",
          "/admin/audit?page=-1&from.day=99&from.month=x&from.year=20266&to.day=1",
          "/admin/audit?person=nope&nhsNumber=abc&givenName=x&born.day=31&born.month=2&action=NOPE",
          "/admin/audit?person=00000000-0000-0000-0000-000000000000&page=2147483648&breakGlass=x",
          "/team/nobody-at-all",
          "/questionnaire/not-a-token");

  @Autowired MockMvc mvc;

  private final List<String> failures = new ArrayList<>();
  private final Set<String> pagesRead = new java.util.TreeSet<>();
  private final Set<String> formsSent = new java.util.TreeSet<>();
  private int requests;

  @Test
  void noPageOrFormAnswersWithAServerError() throws Exception {
    for (var role :
        List.of(
            new Role("practitioner", "PRACTITIONER"),
            new Role("manager", "MANAGER"),
            new Role("referrer", "REFERRER"),
            new Role("admin", "ADMIN"))) {
      crawl(role);
    }
    crawlPublic();
    System.out.printf(
        "NoServerErrorsIT: %d requests, %d pages read, %d distinct forms sent%n  forms: %s%n",
        requests, pagesRead.size(), formsSent.size(), String.join("\n    ", formsSent));
    assertThat(failures).as("requests answered with a server error").isEmpty();
    // The crawl must reach the casework, not just the home page, for the result to mean anything.
    assertThat(pagesRead).as("pages read").hasSizeGreaterThan(90);
    assertThat(formsSent.stream().map(f -> f.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")))
        .as("forms sent")
        .contains("/referrals/{id}/accept", "/admin/services/{id}", "/refer-yourself");
  }

  private record Role(String username, String role) {
    RequestPostProcessor auth() {
      return user(username).roles(role);
    }
  }

  private void crawl(Role role) throws Exception {
    var seen = new LinkedHashSet<String>();
    var shapes = new java.util.HashMap<String, Integer>();
    var queue = new ArrayDeque<String>();
    queue.add("/");
    ODD_ADDRESSES.forEach(queue::add);
    this.queue = queue;
    while (!queue.isEmpty() && seen.size() < MAX_PAGES_PER_ROLE) {
      String path = queue.poll();
      if (seen.contains(path)
          || shapes.merge(shape(path), 1, Integer::sum) > VISITS_PER_SHAPE
              && !ODD_ADDRESSES.contains(path)) {
        continue;
      }
      seen.add(path);
      var page = fetch(role.auth(), path, role.username());
      if (page == null) {
        continue;
      }
      for (var form : page.select("form")) {
        submitEveryWay(role.auth(), path, form, role.username());
      }
      for (var link : page.select("a[href]")) {
        String href = local(link.attr("href"), path);
        if (href != null && !seen.contains(href) && queue.size() < 2000) {
          queue.add(href);
        }
      }
    }
  }

  private ArrayDeque<String> queue = new ArrayDeque<>();

  /** An address with its ids and query left out, so that pages of one kind count together. */
  private static String shape(String path) {
    return path.replaceAll("\\?.*", "")
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
  }

  private void crawlPublic() throws Exception {
    queue = new ArrayDeque<>(List.of("/refer-yourself", "/login", "/questionnaire/abc"));
    var seen = new LinkedHashSet<String>();
    while (!queue.isEmpty() && seen.size() < 40) {
      String path = queue.poll();
      if (!seen.add(path)) {
        continue;
      }
      var page = fetch(null, path, "anonymous");
      if (page != null) {
        for (var form : page.select("form")) {
          submitEveryWay(null, path, form, "anonymous");
        }
        for (var link : page.select("a[href]")) {
          String href = local(link.attr("href"), path);
          if (href != null && href.startsWith("/refer-yourself")) {
            queue.add(href);
          }
        }
      }
    }
  }

  private Document fetch(RequestPostProcessor auth, String path, String who) throws Exception {
    var request = get(path);
    if (auth != null) {
      request.with(auth);
    }
    var response = perform(request, "GET " + path + " as " + who);
    if (response == null) {
      return null;
    }
    String type = response.getContentType();
    if (response.getStatus() != 200 || type == null || !type.contains("html")) {
      return null;
    }
    pagesRead.add(path.replaceAll("\\?.*", ""));
    return Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
  }

  private void submitEveryWay(RequestPostProcessor auth, String page, Element form, String who)
      throws Exception {
    String action = form.attr("action").isBlank() ? page : local(form.attr("action"), page);
    if (action == null
        || !"post".equalsIgnoreCase(form.attr("method"))
        || SKIP.matcher(action).matches()) {
      return;
    }
    formsSent.add(action.replaceAll("\\?.*", ""));
    var asShown = fields(form, Variant.AS_SHOWN);
    String where = "POST " + action + " (from " + page + ") as " + who;
    var first = send(auth, action, asShown, where + ", as shown");
    if (first != null && first.getRedirectedUrl() != null) {
      String next = local(first.getRedirectedUrl(), action);
      if (next != null) {
        queue.addFirst(next);
      }
    }
    send(auth, action, asShown, where + ", as shown, a second time");
    send(auth, action, Map.of(), where + ", empty");
    send(auth, action, fields(form, Variant.NONSENSE), where + ", nonsense");
    send(auth, action, fields(form, Variant.TOO_LONG), where + ", too long");
  }

  private org.springframework.mock.web.MockHttpServletResponse send(
      RequestPostProcessor auth, String action, Map<String, List<String>> values, String what)
      throws Exception {
    MockHttpServletRequestBuilder request = post(action).with(csrf());
    if (auth != null) {
      request.with(auth);
    }
    values.forEach((name, list) -> list.forEach(v -> request.param(name, v)));
    return perform(request, what);
  }

  private org.springframework.mock.web.MockHttpServletResponse perform(
      MockHttpServletRequestBuilder request, String what) {
    requests++;
    try {
      var response = mvc.perform(request).andReturn().getResponse();
      if (response.getStatus() >= 500) {
        failures.add(what + " -> " + response.getStatus());
      }
      return response;
    } catch (Exception e) {
      var cause = e;
      while (cause.getCause() instanceof Exception inner && cause != inner) {
        cause = inner;
      }
      failures.add(what + " -> " + cause);
      return null;
    }
  }

  private enum Variant {
    AS_SHOWN,
    NONSENSE,
    TOO_LONG
  }

  private static Map<String, List<String>> fields(Element form, Variant variant) {
    var values = new LinkedHashMap<String, List<String>>();
    var radiosDone = new java.util.HashSet<String>();
    for (var input : form.select("input[name], textarea[name], select[name]")) {
      String name = input.attr("name");
      String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : "";
      if (name.equals("_csrf") || type.equals("submit")) {
        continue;
      }
      if (variant == Variant.AS_SHOWN) {
        switch (type) {
          case "radio" -> {
            if (input.hasAttr("checked") || radiosDone.add(name)) {
              values.put(name, new ArrayList<>(List.of(input.attr("value"))));
            }
          }
          case "checkbox" -> {
            if (input.hasAttr("checked")) {
              values.computeIfAbsent(name, n -> new ArrayList<>()).add(input.attr("value"));
            }
          }
          default ->
              values.put(
                  name,
                  new ArrayList<>(
                      List.of(
                          input.tagName().equals("textarea")
                              ? input.text()
                              : input.tagName().equals("select")
                                  ? input.select("option").stream()
                                      .map(o -> o.attr("value"))
                                      .filter(v -> !v.isBlank())
                                      .findFirst()
                                      .orElse("")
                                  : input.attr("value"))));
        }
      } else {
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(nonsense(name, type, variant));
      }
    }
    if (variant == Variant.AS_SHOWN) {
      // Required boxes left empty by the page get something a person might type.
      values.replaceAll(
          (name, list) ->
              list.size() == 1 && list.getFirst().isBlank() ? List.of(plausible(name)) : list);
    }
    return values;
  }

  private static String plausible(String name) {
    String n = name.toLowerCase();
    if (n.endsWith("day") || n.endsWith("-day") || n.endsWith(".day")) {
      return "3";
    }
    if (n.endsWith("month")) {
      return "4";
    }
    if (n.endsWith("year")) {
      return "2027";
    }
    return "1";
  }

  private static String nonsense(String name, String type, Variant variant) {
    if (variant == Variant.TOO_LONG) {
      return "Lorem ipsum ".repeat(1200);
    }
    String n = name.toLowerCase();
    if (n.endsWith("year")) {
      return "9999999";
    }
    if (n.endsWith("day") || n.endsWith("month")) {
      return "-40";
    }
    if (n.equals("version")) {
      return "not-a-version";
    }
    if (n.contains("id") || n.equals("existing") || n.equals("letter") || n.equals("triage")) {
      return UUID.randomUUID().toString();
    }
    return switch (type) {
      case "radio", "checkbox" -> "NOT_AN_OPTION";
      default -> "99999999999999999999; drop table person; <script>x</script> \u0000";
    };
  }

  /** The path and query of a link to one of our own pages, or null. */
  private static String local(String href, String from) {
    try {
      var resolved = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
      if (!"localhost".equals(resolved.getHost()) || resolved.getRawPath() == null) {
        return null;
      }
      String path =
          resolved.getRawPath()
              + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
      return SKIP.matcher(path).matches() ? null : path;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
