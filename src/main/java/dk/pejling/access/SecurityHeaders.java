package dk.pejling.access;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The response headers both the pages and the API send besides their Content-Security-Policy:
 * no MIME sniffing, no framing, no powerful browser features, and in production HSTS on every
 * answer (behind a TLS-terminating proxy the request may look like plain HTTP to Pejling).
 */
@Component
class SecurityHeaders {

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

    private final boolean hsts;

    SecurityHeaders(@Value("${pejling.security.hsts:false}") boolean hsts) {
        this.hsts = hsts;
    }

    void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(c -> {})
                .frameOptions(f -> f.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
        if (hsts) {
            headers.httpStrictTransportSecurity(h -> h.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                    .includeSubDomains(true));
        }
    }
}
