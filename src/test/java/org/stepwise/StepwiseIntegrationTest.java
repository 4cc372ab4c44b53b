package org.stepwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real, embedded PostgreSQL in a throw-away folder, in demo mode (so the
 * demo sign-ins exist), served on a random port. Every test class with exactly this annotation
 * shares one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"stepwise.database.data-dir=", "stepwise.database.url="})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(TestTeams.class)
public @interface StepwiseIntegrationTest {}
