package org.stepwise.benchmark;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stepwise.TestData;
import org.stepwise.person.NewPerson;
import org.stepwise.person.NhsNumber;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.referral.NewReferral;
import org.stepwise.referral.ReceiveResult;
import org.stepwise.referral.ReferralIntake;
import org.stepwise.referral.ReferralSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral intake through the FHIR API against the same referrals made through the referral
 * module's Java API in the same run. Each path: 8 concurrent senders, a warm-up, then a measured
 * run; every referral is for a different person with an NHS number from the 999 test range, so the
 * duplicate check by NHS number runs (and finds nothing) every time.
 *
 * <p>The direct path runs in this JVM. The FHIR path posts transaction Bundles (Patient +
 * ServiceRequest) over HTTP on loopback with a bearer token, as a GP system would, to a separate
 * Stepwise server: the packaged jar started as {@code ./stepwise run} starts it, on the same
 * PostgreSQL, so that its resident memory and CPU time are its own and not the load generator's.
 * Prints referrals a second, p50/p95/p99 latency, CPU time per referral of each process, and the
 * server's resident memory. Asserts nothing; run with {@code benchmark/run fhir}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "stepwise.database.data-dir=",
      "stepwise.database.url=",
      "stepwise.mail.poll-interval=PT1H",
      "stepwise.fhir.requests-per-second=1000000",
      "stepwise.oauth.key-encryption-key=" + FhirIntakeBenchmark.KEY_ENCRYPTION_KEY,
      "logging.level.root=WARN"
    })
@org.springframework.context.annotation.Import(org.stepwise.TestTeams.class)
class FhirIntakeBenchmark {

  /**
   * Both processes share the database, and so the signing key stored in it, encrypted with this.
   */
  static final String KEY_ENCRYPTION_KEY = "YmVuY2htYXJrLWtleS1lbmNyeXB0aW9uLWtleS0zMiE=";

  private static final int THREADS = 8;
  private static final int WARM_UP = 5_000;
  private static final int MEASURED = 10_000;
  private static final FhirContext FHIR = FhirContext.forR4();
  private static final Path JAR = Path.of("target/stepwise.jar");

  @Autowired Programmes programmes;
  @Autowired ReferralIntake intake;
  @Autowired DataSource dataSource;

  /**
   * With -Dbenchmark.durable=true, PostgreSQL keeps its files and runs as in production: fsync and
   * synchronous commit on.
   */
  private static final boolean DURABLE = Boolean.getBoolean("benchmark.durable");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    if (DURABLE) {
      var dir = Path.of("target/benchmark-data").toAbsolutePath();
      if (Files.exists(dir)) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
      registry.add("stepwise.database.data-dir", dir::toString);
    }
  }

  private final AtomicInteger nextNhs = new AtomicInteger(0);
  private int serverPort;

  @Test
  void fhirIntakeBesideTheDirectJavaApi() throws Exception {
    var service =
        TestData.jobRetentionServiceWithoutRules(programmes, "Benchmark " + UUID.randomUUID());
    var server = startServer();
    try {
      var token = token();
      var template = bundleTemplate(service);

      // Warm both paths, then measure each, with the CPU time each process spent meanwhile.
      run("warm-up: direct", WARM_UP, i -> direct(service));
      run("warm-up: FHIR", WARM_UP, i -> fhir(template, token));
      var before = Cpu.now(server);
      var direct = run("direct Java API", MEASURED, i -> direct(service));
      var between = Cpu.now(server);
      var fhir = run("FHIR transaction Bundle", MEASURED, i -> fhir(template, token));
      var after = Cpu.now(server);
      long serverRss = residentMiB(server.pid());

      System.out.println();
      System.out.println(
          "path                        referrals/s   p50 ms   p95 ms   p99 ms   CPU ms per referral");
      var directCpu = between.minus(before);
      var fhirCpu = after.minus(between);
      print(
          "baseline: direct Java API",
          direct,
          "application "
              + Cpu.ms(directCpu.self(), MEASURED)
              + " + PostgreSQL "
              + Cpu.ms(directCpu.postgres(), MEASURED));
      print(
          "FHIR transaction Bundle",
          fhir,
          "server "
              + Cpu.ms(fhirCpu.server(), MEASURED)
              + " + PostgreSQL "
              + Cpu.ms(fhirCpu.postgres(), MEASURED)
              + " (load generator "
              + Cpu.ms(fhirCpu.self(), MEASURED)
              + ")");
      System.out.printf(
          "FHIR cost per referral vs direct: %.2fx (CPU of application and PostgreSQL),"
              + " %.2fx (throughput, the load generator sharing the cores), %.2fx (p50 latency)%n",
          (double) (fhirCpu.server() + fhirCpu.postgres())
              / (directCpu.self() + directCpu.postgres()),
          direct.perSecond() / fhir.perSecond(),
          fhir.p(0.50) / direct.p(0.50));
      System.out.printf(
          "Resident memory of the FHIR server process after the run: %d MiB (started as"
              + " ./stepwise run starts it: java %s-jar %s)%n",
          serverRss, serverOptions().isEmpty() ? "" : String.join(" ", serverOptions()) + " ", JAR);
      System.out.println(
          DURABLE
              ? "PostgreSQL (shared by both paths) keeps its files in target/benchmark-data, with fsync and"
                  + " synchronous_commit on, as ./stepwise run does"
              : "PostgreSQL (shared by both paths) runs with the embedded defaults for a throw-away database: fsync and"
                  + " synchronous_commit off (-Dbenchmark.durable=true for a durable one)");
      System.out.println();
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /**
   * The JVM options {@code ./stepwise run} uses when STEPWISE_JAVA_OPTS is not set, read from the
   * script so the two cannot drift apart.
   */
  private static List<String> serverOptions() throws Exception {
    for (var line : Files.readAllLines(Path.of("stepwise"))) {
      if (line.startsWith("DEFAULT_JAVA_OPTS=")) {
        var value = line.substring("DEFAULT_JAVA_OPTS=".length()).replace("\"", "").strip();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
      }
    }
    return List.of();
  }

  /** The packaged application, on this test's database, with the rate limit lifted. */
  private Process startServer() throws Exception {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(
          JAR + " is missing: benchmark/run builds it (mvn verify packages first)");
    }
    String url;
    try (var connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
    }
    try (var socket = new java.net.ServerSocket(0)) {
      serverPort = socket.getLocalPort();
    }
    var command = new ArrayList<String>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(serverOptions());
    // Extra options for the server only, e.g. to profile it:
    // -Dbenchmark.server-options="-XX:StartFlightRecording=..."
    var extra = System.getProperty("benchmark.server-options", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(
        List.of(
            "-jar",
            JAR.toString(),
            "--server.port=" + serverPort,
            "--stepwise.database.url=" + url,
            "--stepwise.database.username=postgres",
            "--stepwise.database.password=",
            "--stepwise.fhir.requests-per-second=1000000",
            "--stepwise.oauth.key-encryption-key=" + KEY_ENCRYPTION_KEY,
            "--stepwise.mail.poll-interval=PT1H",
            "--logging.level.root=WARN"));
    var log = Path.of("target/benchmark-server.log");
    var server =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    var health =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + serverPort + "/actuator/health/readiness"))
            .build();
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("The server stopped; see " + log);
      }
      try {
        if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return server;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    server.destroy();
    throw new IllegalStateException("The server did not start within 3 minutes; see " + log);
  }

  /** CPU time so far, in clock ticks, of this JVM, the server JVM and every PostgreSQL process. */
  record Cpu(long self, long server, long postgres) {

    static Cpu now(Process server) throws Exception {
      long postgres = 0;
      try (var processes = Files.list(Path.of("/proc"))) {
        for (var dir : processes.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
          try {
            var stat = Files.readString(dir.resolve("stat"));
            if (stat.contains("(postgres)")) {
              postgres += ticks(stat);
            }
          } catch (java.io.IOException gone) {
            // the process ended meanwhile
          }
        }
      }
      return new Cpu(
          ticks(Files.readString(Path.of("/proc/self/stat"))),
          ticks(Files.readString(Path.of("/proc/" + server.pid() + "/stat"))),
          postgres);
    }

    /** utime + stime: fields 14 and 15, counted after the command name in brackets. */
    private static long ticks(String stat) {
      var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    Cpu minus(Cpu earlier) {
      return new Cpu(self - earlier.self, server - earlier.server, postgres - earlier.postgres);
    }

    /** Milliseconds per referral (clock ticks are 1/100 s on Linux). */
    static String ms(long ticks, int referrals) {
      return String.format("%.2f", ticks * 10.0 / referrals);
    }
  }

  record Result(double perSecond, List<Double> sorted) {
    double p(double q) {
      return sorted.get((int) Math.ceil(q * sorted.size()) - 1);
    }
  }

  interface Call {
    void once(int i) throws Exception;
  }

  private Result run(String name, int count, Call call) throws Exception {
    var times = new ConcurrentLinkedQueue<Double>();
    var next = new AtomicInteger();
    var errors = new ConcurrentLinkedQueue<Throwable>();
    long start = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(THREADS)) {
      for (int t = 0; t < THREADS; t++) {
        pool.submit(
            () -> {
              int i;
              while ((i = next.getAndIncrement()) < count) {
                long s = System.nanoTime();
                try {
                  call.once(i);
                } catch (Throwable e) {
                  errors.add(e);
                }
                times.add((System.nanoTime() - s) / 1e6);
              }
            });
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          name + ": " + errors.size() + " failures, first: " + errors.peek(), errors.peek());
    }
    var sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return new Result(count / seconds, sorted);
  }

  private static void print(String name, Result r, String cpu) {
    System.out.printf(
        "%-27s %11.0f %8.1f %8.1f %8.1f   %s%n",
        name, r.perSecond(), r.p(0.50), r.p(0.95), r.p(0.99), cpu);
  }

  /** The next valid NHS number in the 999 test range. */
  private String nhsNumber() {
    while (true) {
      var candidate = String.format("999%06d", nextNhs.getAndIncrement());
      for (int check = 0; check <= 9; check++) {
        if (NhsNumber.isValid(candidate + check)) {
          return candidate + check;
        }
      }
    }
  }

  private void direct(ProgrammeId service) {
    var auth =
        new UsernamePasswordAuthenticationToken(
            "benchmark-direct",
            null,
            List.of(
                new SimpleGrantedAuthority("SCOPE_referral.write"),
                new SimpleGrantedAuthority("ROLE_REFERRER")));
    SecurityContextHolder.getContext().setAuthentication(auth);
    try {
      var nhs = nhsNumber();
      var person =
          new NewPerson(
              "Bench",
              "Direct" + nhs,
              LocalDate.of(1980, 1, 1),
              NhsNumber.parse(nhs).orElseThrow(),
              null,
              null,
              null,
              null,
              null,
              null);
      var result =
          intake.receiveElectronic(
              new NewReferral(
                  person,
                  service,
                  ReferralSource.GP,
                  EnumSet.of(Condition.CHRONIC_PAIN),
                  null,
                  EmploymentStatus.EMPLOYED_AT_WORK,
                  null,
                  null,
                  "Riverside Surgery",
                  "Benchmark referral",
                  true,
                  false),
              "Dr Bench");
      if (!(result instanceof ReceiveResult.Received)) {
        throw new IllegalStateException("Not received: " + result);
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * A GP system's transaction Bundle (Patient + ServiceRequest), encoded by HAPI once; each request
   * fills in a new NHS number, name and ServiceRequest identifier, so the load generator spends its
   * time sending rather than encoding.
   */
  private static String bundleTemplate(ProgrammeId service) {
    var patient = new Patient();
    patient.addIdentifier(
        new Identifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue("NHS_NUMBER"));
    patient.addName().setFamily("FAMILY_NAME").addGiven("Bench");
    patient.setBirthDate(new Date(Date.UTC(80, 0, 1, 12, 0, 0)));
    var sr = new ServiceRequest();
    sr.addIdentifier(
        new Identifier().setSystem("https://gp.example/Id/referral").setValue("REFERRAL_ID"));
    sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
        .setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.setSubject(new Reference("urn:uuid:aaaaaaaa-0000-4000-8000-000000000001"));
    sr.addPerformer(new Reference("HealthcareService/" + service.id()));
    sr.addReasonCode(
        new CodeableConcept(new Coding("http://snomed.info/sct", "82423001", "Chronic pain")));
    sr.addNote().setText("Benchmark referral");
    sr.setRequester(new Reference().setDisplay("Dr Bench"));
    var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:aaaaaaaa-0000-4000-8000-000000000001")
        .setResource(patient)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient");
    bundle
        .addEntry()
        .setResource(sr)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("ServiceRequest");
    return FHIR.newJsonParser().encodeResourceToString(bundle);
  }

  private void fhir(String template, String token) throws Exception {
    var nhs = nhsNumber();
    var body =
        template
            .replace("NHS_NUMBER", nhs)
            .replace("FAMILY_NAME", "Fhir" + nhs)
            .replace("REFERRAL_ID", UUID.randomUUID().toString());
    var response = SENDER.get().post(serverPort, "/fhir", token, body);
    if (!response.startsWith("200 ") || !response.contains("201 Created")) {
      throw new IllegalStateException(response);
    }
  }

  private static final ThreadLocal<KeepAlive> SENDER = ThreadLocal.withInitial(KeepAlive::new);

  /**
   * The load generator's HTTP: one kept-alive HTTP/1.1 connection per sender, requests written and
   * answers read by hand (the server answers with Content-Length), reconnecting when the server
   * closes the connection. It shares the machine's two cores with the server, so it should cost
   * little: the JDK's HttpClient spent about 0.8 ms of CPU per request, this a fraction of that
   * (the figures print it).
   */
  static final class KeepAlive {
    private java.net.Socket socket;
    private java.io.InputStream in;
    private java.io.OutputStream out;

    /** Posts FHIR JSON; returns the status line's code and reason, a blank line, then the body. */
    String post(int port, String path, String token, String json) throws java.io.IOException {
      if (socket == null) {
        socket = new java.net.Socket("localhost", port);
        socket.setTcpNoDelay(true);
        in = new java.io.BufferedInputStream(socket.getInputStream(), 16_384);
        out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16_384);
      }
      var bytes = json.getBytes(StandardCharsets.UTF_8);
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/fhir+json\r\nAccept: application/fhir+json\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      var status = line();
      int length = -1;
      boolean close = false;
      for (var header = line(); !header.isEmpty(); header = line()) {
        if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
          length = Integer.parseInt(header.substring(15).strip());
        } else if (header.regionMatches(true, 0, "Connection:", 0, 11)) {
          close = header.substring(11).strip().equalsIgnoreCase("close");
        }
      }
      if (length < 0) {
        throw new IllegalStateException("No Content-Length in the answer: " + status);
      }
      var body = in.readNBytes(length);
      if (close) { // Tomcat closes a connection after 100 requests, as a server may; open another
        // next time
        socket.close();
        socket = null;
      }
      return status.substring(status.indexOf(' ') + 1)
          + "\n\n"
          + new String(body, StandardCharsets.UTF_8);
    }

    private String line() throws java.io.IOException {
      var line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new java.io.EOFException("The server closed the connection");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }

  private String token() throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/oauth2/token"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                "demo-gp-system:stepwise-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=referral.write"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
  }

  private static long residentMiB(long pid) throws Exception {
    for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }
}
