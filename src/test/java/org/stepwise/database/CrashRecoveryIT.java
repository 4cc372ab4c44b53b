package org.stepwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the application is killed ({@code kill -9}, the out-of-memory killer), the next start on the
 * same folder comes up by itself, with everything written before the kill. Each run is a separate
 * JVM starting the database as {@code ./stepwise run} does ({@link StandaloneDatabase}), killed
 * with SIGKILL.
 */
@DisabledOnOs(OS.WINDOWS)
class CrashRecoveryIT {

  private static final Duration START = Duration.ofSeconds(90);

  @TempDir Path dataDir;

  private final List<Process> launched = new ArrayList<>();

  private Path postgresDir() {
    return dataDir.resolve("postgres");
  }

  @Test
  void aStartAfterTheApplicationWasKilledStopsThePostgresItLeftRunning() throws Exception {
    var first = launch("first");
    long leftover = serverPid();
    try (var connection = connect()) {
      connection.createStatement().execute("create table crash_note (note text not null)");
      connection
          .createStatement()
          .execute("insert into crash_note values ('committed before the kill')");
    }

    // A second start while the first still runs is refused and leaves the first alone.
    var second = start("second");
    assertThat(second.waitFor(START.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isNotZero();
    assertThat(log("second")).contains("Another Stepwise is already running on " + postgresDir());
    assertThat(first.isAlive()).isTrue();
    assertThat(isServerOnDataDir(leftover)).isTrue();

    // The worst case: the application and all it started but PostgreSQL killed with SIGKILL
    // (its watchdog too, which would otherwise stop PostgreSQL).
    var watchdogs = first.descendants().toList();
    assertThat(watchdogs).extracting(ProcessHandle::pid).doesNotContain(leftover);
    watchdogs.forEach(ProcessHandle::destroyForcibly);
    first.destroyForcibly();
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
    for (var watchdog : watchdogs) {
      watchdog.onExit().get(10, TimeUnit.SECONDS);
    }
    assertThat(isServerOnDataDir(leftover)).as("PostgreSQL outlives the killed JVM").isTrue();
    assertThat(postgresDir().resolve("postmaster.pid")).exists();

    var third = launch("third");
    assertThat(log("third"))
        .contains(
            "PostgreSQL from an earlier run was still running on "
                + postgresDir()
                + " (process "
                + leftover
                + "); stopped it safely before starting");
    assertThat(isServerOnDataDir(leftover)).isFalse();
    assertThat(serverPid()).isNotEqualTo(leftover);
    try (var connection = connect();
        var rows = connection.createStatement().executeQuery("select note from crash_note")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("committed before the kill");
    }

    // Stopped normally, it leaves nothing running and no lock file.
    long server = serverPid();
    third.destroy();
    assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(isServerOnDataDir(server)).isFalse();
    assertThat(postgresDir().resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void postgresStopsByItselfWhenTheApplicationIsKilled() throws Exception {
    var first = launch("first");
    long server = serverPid();

    first.destroyForcibly();
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
    await(() -> !isServerOnDataDir(server), Duration.ofSeconds(30));
    // A fast shutdown, not a crash: PostgreSQL removed its lock file on the way out, so the next
    // start finds a folder stopped cleanly.
    assertThat(postgresDir().resolve("postmaster.pid")).doesNotExist();
  }

  /** Kills what the test started and any PostgreSQL still on its folder, even after a failure. */
  @AfterEach
  void stopEverything() throws Exception {
    for (var process : launched) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    var servers =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().orElse("").contains(postgresDir().toString()))
            .toList();
    for (var server : servers) {
      // SIGQUIT: an immediate shutdown, which ends the server's other processes too.
      new ProcessBuilder("kill", "-QUIT", Long.toString(server.pid())).start().waitFor();
    }
    for (var server : servers) {
      try {
        server.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        server.destroyForcibly();
      }
    }
  }

  /** Starts the database in a new JVM on {@link #dataDir} and waits until it is ready. */
  private Process launch(String name) throws Exception {
    var process = start(name);
    long deadline = System.nanoTime() + START.toNanos();
    while (!log(name).contains("READY")) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            name + " did not start (alive: " + process.isAlive() + "):\n" + log(name));
      }
      Thread.sleep(100);
    }
    return process;
  }

  private Process start(String name) throws IOException {
    var java = ProcessHandle.current().info().command().orElse("java");
    var process =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                StandaloneDatabase.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(logFile(name).toFile())
            .start();
    launched.add(process);
    return process;
  }

  private Path logFile(String name) {
    return dataDir.resolve(name + ".log");
  }

  private String log(String name) throws IOException {
    var file = logFile(name);
    return Files.exists(file) ? Files.readString(file) : "";
  }

  /** The server's process id: the first line of postmaster.pid. */
  private long serverPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(postgresDir().resolve("postmaster.pid")).get(0).strip());
  }

  /** A connection to the running server, at the port on the fourth line of postmaster.pid. */
  private Connection connect() throws IOException, SQLException {
    var port = Files.readAllLines(postgresDir().resolve("postmaster.pid")).get(3).strip();
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
  }

  private boolean isServerOnDataDir(long pid) {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .flatMap(p -> p.info().commandLine())
        .map(line -> line.contains("postgres -D " + postgresDir() + " "))
        .orElse(false);
  }

  private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit);
      }
      Thread.sleep(100);
    }
  }
}
