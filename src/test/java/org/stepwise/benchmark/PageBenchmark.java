package org.stepwise.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.HttpSession;

/**
 * Loads 100,000 people, 100,000 referrals and 20,000 open cases into the embedded PostgreSQL, then
 * times the waiting list and a caseload page over HTTP on loopback, beside a baseline page (the
 * sign-in page) timed in the same run. Prints the figures; asserts nothing. Run with {@code
 * benchmark/run}; it is not part of {@code ./stepwise test}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "stepwise.database.data-dir=",
      "stepwise.database.url=",
      "stepwise.mail.poll-interval=PT1H",
      "logging.level.root=WARN"
    })
@org.springframework.context.annotation.Import(org.stepwise.TestTeams.class)
class PageBenchmark {

  private static final int PEOPLE = 100_000;
  private static final int OPEN_CASES = 20_000;
  private static final int WAITING = 2_000;
  private static final int WORKERS = 1_000;
  private static final int WARM_UP = 20;
  private static final int RUNS = 100;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void timesTheWaitingListAndACaseloadWithRealisticVolumes() throws Exception {
    long loadStart = System.nanoTime();
    load();
    System.out.printf(
        "%nLoaded %,d people, %,d referrals, %,d open cases, %,d waiting, %,d workers in %.1f s%n",
        PEOPLE, PEOPLE, OPEN_CASES, WAITING, WORKERS, (System.nanoTime() - loadStart) / 1e9);

    var session = new HttpSession(port);
    session.signIn("manager", "stepwise-demo");
    var baseline = time(session, "/login");
    var waiting = time(session, "/waiting-for-support");
    var caseload = time(session, "/caseload?worker=bench-worker-7");
    var review = time(session, "/referrals");

    System.out.println();
    System.out.println(
        "page                         p50 ms   p95 ms   max ms   p95 / baseline p95");
    print("baseline: sign-in page", baseline, baseline);
    print("waiting for support", waiting, baseline);
    print("caseload (one worker)", caseload, baseline);
    print("referrals to review", review, baseline);
    System.out.println();
  }

  private List<Double> time(HttpSession session, String path) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      check(session.get(path).statusCode(), path);
    }
    var times = new ArrayList<Double>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      check(session.get(path).statusCode(), path);
      times.add((System.nanoTime() - start) / 1e6);
    }
    times.sort(Double::compare);
    return times;
  }

  private static void check(int status, String path) {
    if (status != 200) {
      throw new IllegalStateException(path + " answered " + status);
    }
  }

  private static double percentile(List<Double> sorted, double p) {
    return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
  }

  private static void print(String name, List<Double> times, List<Double> baseline) {
    System.out.printf(
        "%-28s %6.1f   %6.1f   %6.1f   %5.1f%n",
        name,
        percentile(times, 0.5),
        percentile(times, 0.95),
        times.getLast(),
        percentile(times, 0.95) / percentile(baseline, 0.95));
  }

  /** Synthetic rows straight into the tables, in bulk; no personal data of real people. */
  private void load() {
    var programmes =
        jdbc.sql("select id from programme order by name").query(java.util.UUID.class).list();
    if (programmes.size() < 3) {
      throw new IllegalStateException("Expected the demo services");
    }
    String hash =
        jdbc.sql("select password_hash from staff_user where username = 'practitioner'")
            .query(String.class)
            .single();
    jdbc.sql(
            """
        insert into staff_user (id, username, display_name, password_hash, roles, enabled,
          created_at, created_by, updated_at, updated_by, version, contact_preference, fte, skills)
        select gen_random_uuid(), 'bench-worker-' || n, 'Worker ' || n, :hash, '{PRACTITIONER}', true,
          now(), 'bench', now(), 'bench', 0, 'EMAIL', 1.0, '{}'
        from generate_series(1, :workers) n
        """)
        .param("hash", hash)
        .param("workers", WORKERS)
        .update();
    jdbc.sql(
            """
        create temporary table bench_person as
        select gen_random_uuid() as id, n from generate_series(1, :people) n
        """)
        .param("people", PEOPLE)
        .update();
    jdbc.sql(
            """
        insert into person (id, given_name, family_name, date_of_birth, email, created_at, created_by, updated_at, updated_by, version)
        select id, 'Given' || n, 'Family' || n, date '1960-01-01' + (n % 15000), 'p' || n || '@example.com',
          now(), 'bench', now(), 'bench', 0
        from bench_person
        """)
        .update();
    jdbc.sql(
            """
        create temporary table bench_referral as
        select gen_random_uuid() as id, p.id as person_id, p.n,
          (array[:p1, :p2, :p3]::uuid[])[1 + p.n % 3] as programme_id
        from bench_person p
        """)
        .param("p1", programmes.get(0))
        .param("p2", programmes.get(1))
        .param("p3", programmes.get(2))
        .update();
    jdbc.sql(
            """
        insert into referral (id, reference, person_id, programme_id, source, channel, conditions, employment_status,
          reason, status, received_at, status_changed_at, referred_by, consent_to_contact, person_choice,
          created_at, created_by, updated_at, updated_by, version)
        select id, 'BN-' || n, person_id, programme_id, 'GP', 'PROFESSIONAL_FORM', '{CHRONIC_PAIN}', 'EMPLOYED_OFF_SICK',
          'Benchmark', case when n <= :cases + :waiting then 'ACCEPTED' when n % 10 = 0 then 'RECEIVED' else 'DECLINED' end,
          now() - (n % 300) * interval '1 day', now(), 'referrer', true, 'AGREED', now(), 'bench', now(), 'bench', 0
        from bench_referral
        """)
        .param("cases", OPEN_CASES)
        .param("waiting", WAITING)
        .update();
    jdbc.sql(
            """
        insert into triage (id, referral_id, person_id, programme_id, reference, status, waiting_since, step,
          suggested_step, created_at, created_by, updated_at, updated_by, version)
        select gen_random_uuid(), id, person_id, programme_id, 'BN-' || n,
          case when n <= :cases then 'CASE_OPEN' else 'WAITING' end,
          now() - (n % 120) * interval '1 day', 1 + n % 3, 1 + n % 3, now(), 'bench', now(), 'bench', 0
        from bench_referral where n <= :cases + :waiting
        """)
        .param("cases", OPEN_CASES)
        .param("waiting", WAITING)
        .update();
    jdbc.sql(
            """
        insert into care_case (id, triage_id, referral_id, person_id, programme_id, reference, conditions, step, status,
          opened_at, worker, worker_since, created_at, created_by, updated_at, updated_by, version)
        select gen_random_uuid(), t.id, t.referral_id, t.person_id, t.programme_id, t.reference, '{CHRONIC_PAIN}', t.step, 'OPEN',
          now() - interval '30 days', 'bench-worker-' || (1 + (row_number() over ()) % :workers), now(),
          now(), 'bench', now(), 'bench', 0
        from triage t where t.status = 'CASE_OPEN'
        """)
        .param("workers", WORKERS)
        .update();
    jdbc.sql(
            """
        insert into work_item (id, care_case_id, worker, kind, description, due_on, status, source_key,
          created_at, created_by, updated_at, updated_by, version)
        select gen_random_uuid(), c.id, c.worker, 'NEW_CASE', 'Contact the person', current_date + (random() * 10)::int - 3,
          'OPEN', 'bench:' || c.id, now(), 'bench', now(), 'bench', 0
        from care_case c
        """)
        .update();
    jdbc.sql("analyze").update();
  }
}
