package org.regionaltc.system;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's cookies across MockMvc requests ({@code .with(jar)} to send, {@code .andDo(jar)} to keep): sessions
 * kept in the database (PostgreSQL, Spring Session) are found by their cookie, not by the request's MockHttpSession,
 * which is all that in-memory sessions (H2) need.
 */
public final class CookieJar implements RequestPostProcessor, ResultHandler {

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (!cookies.isEmpty()) {
            request.setCookies(cookies.values().toArray(Cookie[]::new));
        }
        return request;
    }

    /**
     * The session the cookie names, where sessions live in the database; {@code inMemory} otherwise. Without an
     * embedded server (MockMvc) Boot does not apply server.servlet.session.cookie.* to Spring Session's cookie,
     * which keeps its own name there.
     */
    public String sessionIdOr(String inMemory) {
        Cookie session = cookies.getOrDefault("JSESSIONID", cookies.get("SESSION"));
        return session == null ? inMemory : session.getValue();
    }

    @Override
    public void handle(MvcResult result) {
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }
}
