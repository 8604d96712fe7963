package dk.pejling.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Tells an API client, as an RFC 9457 problem, that it must sign in (401), may not (403), or has
 * failed to sign in too often and must wait (429, with {@code Retry-After}).
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this user name or from this address; try again in "
                            + throttled.minutes() + " minutes.",
                    request.getRequestURI());
            return;
        }
        response.addHeader("WWW-Authenticate", "Basic realm=\"Pejling\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Pejling\"");
        String detail = e instanceof InvalidBearerTokenException ? e.getMessage() : "Sign in to use the Pejling API.";
        write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your role may not do this.", request.getRequestURI());
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                        + json(instance) + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
