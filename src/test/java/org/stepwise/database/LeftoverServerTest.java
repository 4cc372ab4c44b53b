package org.stepwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock files an earlier run left in the data folder that name no running PostgreSQL; {@link
 * CrashRecoveryIT} covers one that does.
 */
class LeftoverServerTest {

  @TempDir Path directory;

  @Test
  void doesNothingWithoutALockFile() throws Exception {
    LeftoverServer.clear(directory);

    assertThat(directory.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void leavesALockFileWhoseProcessIsGoneToPostgres() throws Exception {
    var ended = new ProcessBuilder("true").start();
    ended.waitFor(10, TimeUnit.SECONDS);
    var lockFile = lockFileNaming(ended.pid());

    LeftoverServer.clear(directory);

    // PostgreSQL removes it itself: it also checks the shared memory the file names.
    assertThat(lockFile).exists();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void removesALockFileWhoseProcessIsNowAnotherProgramAndLeavesThatProgramAlone() throws Exception {
    var other = new ProcessBuilder("sleep", "60").start();
    try {
      var lockFile = lockFileNaming(other.pid());

      LeftoverServer.clear(directory);

      assertThat(lockFile).doesNotExist();
      assertThat(other.isAlive()).isTrue();
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void removesAnEmptyLockFile() throws Exception {
    var lockFile = Files.writeString(directory.resolve("postmaster.pid"), "");

    LeftoverServer.clear(directory);

    assertThat(lockFile).doesNotExist();
  }

  /** A lock file as PostgreSQL writes it, naming {@code pid}. */
  private Path lockFileNaming(long pid) throws Exception {
    return Files.writeString(
        directory.resolve("postmaster.pid"),
        pid
            + "\n"
            + directory
            + "\n1796173528\n42359\n/tmp\nlocalhost\n  2164539        24\nready   \n");
  }
}
