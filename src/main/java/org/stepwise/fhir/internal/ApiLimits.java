package org.stepwise.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits on the FHIR endpoint, after sign-in: FHIR content types only (415 otherwise), a request
 * body of at most {@code stepwise.fhir.max-body-bytes} (413 otherwise), and per client a token
 * bucket of {@code stepwise.fhir.requests-per-second} with bursts of twice that (429 with
 * Retry-After otherwise). Both answer with an OperationOutcome. The buckets are in PostgreSQL
 * ({@link RateBuckets}), so the limit is the client's across all nodes, not per node.
 */
@Configuration(proxyBeanMethods = false)
class ApiLimits {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> fhirLimits(
      FhirContext fhir,
      @Value("${stepwise.fhir.max-body-bytes:1048576}") long maxBodyBytes,
      @Value("${stepwise.fhir.requests-per-second:200}") double perSecond,
      RateBuckets buckets) {
    var filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBodyBytes) {
              ApiSecurity.outcome(
                  fhir,
                  response,
                  413,
                  OperationOutcome.IssueType.TOOLONG,
                  "The request body is over the limit of "
                      + maxBodyBytes
                      + " bytes. Send one referral per request.");
              return;
            }
            if (("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                && !fhirContent(request.getContentType())) {
              ApiSecurity.outcome(
                  fhir,
                  response,
                  415,
                  OperationOutcome.IssueType.NOTSUPPORTED,
                  "Send FHIR as application/fhir+json or application/fhir+xml (this was "
                      + (request.getContentType() == null ? "untyped" : request.getContentType())
                      + ")");
              return;
            }
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication
                    instanceof
                    org.springframework.security.authentication.AnonymousAuthenticationToken)) {
              var wait = buckets.take("fhir:" + authentication.getName(), perSecond, 2 * perSecond);
              if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                ApiSecurity.outcome(
                    fhir,
                    response,
                    429,
                    OperationOutcome.IssueType.THROTTLED,
                    "Too many requests from this client: try again in "
                        + wait
                        + " second"
                        + (wait == 1 ? "" : "s"));
                return;
              }
            }
            chain.doFilter(
                request.getContentLengthLong() < 0
                    ? new LimitedBody(request, maxBodyBytes)
                    : request,
                response);
          }
        };
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
    registration.addUrlPatterns("/fhir/*");
    registration.setOrder(0); // after Spring Security's filter chain (-100), so the client is known
    return registration;
  }

  /** Whether a content type is one the FHIR server reads: FHIR or plain JSON or XML. */
  static boolean fhirContent(String contentType) {
    if (contentType == null) {
      return false;
    }
    var type = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/fhir+json")
        || type.equals("application/json")
        || type.equals("application/json+fhir")
        || type.equals("application/fhir+xml")
        || type.equals("application/xml")
        || type.equals("application/xml+fhir")
        || type.equals("text/xml");
  }

  /** A body sent without a length (chunked): read up to the limit, then refused as invalid. */
  static final class LimitedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final long max;

    LimitedBody(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
      var in = super.getInputStream();
      return new jakarta.servlet.ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          if (++read > max) {
            throw new ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException(
                "The request body is over the limit of " + max + " bytes");
          }
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          var n = in.read(buffer, offset, length);
          read += Math.max(n, 0);
          if (read > max) {
            throw new ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException(
                "The request body is over the limit of " + max + " bytes");
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
