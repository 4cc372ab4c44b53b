package org.stepwise.database;

import ch.qos.logback.classic.Level;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The embedded database as {@code ./stepwise run} starts it, alone in a JVM, for tests that kill
 * that JVM: the same {@link DatabaseConfiguration#dataSource} on {@code --data-dir} (the first
 * argument), stopped by a shutdown hook as Spring stops it. Prints {@code READY} once it serves.
 */
final class StandaloneDatabase {

  private StandaloneDatabase() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.INFO);
    DataSource dataSource;
    try {
      dataSource =
          new DatabaseConfiguration().dataSource(new DatabaseProperties(null, null, null, args[0]));
    } catch (Exception e) {
      System.out.println("FAILED " + e);
      System.out.flush();
      System.exit(3);
      return;
    }
    var embedded = (EmbeddedDataSource) dataSource;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    embedded.destroy();
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                }));
    try (var connection = dataSource.getConnection()) {
      connection.createStatement().execute("select 1");
    }
    System.out.println("READY");
    System.out.flush();
    Thread.currentThread().join();
  }
}
