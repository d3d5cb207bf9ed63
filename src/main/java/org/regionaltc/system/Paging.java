package org.regionaltc.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages every list the API answers, so that no endpoint returns an unbounded list and none can forget to page:
 * {@code page} (from 1) and {@code size} (tc.limits.paging.*) choose the slice, the body stays a JSON array, and
 * {@code X-Total-Count} and {@code Link} (first, prev, next, last) tell a client how to read the rest. An endpoint
 * that pages by itself declares a {@code page} parameter and is left alone (search).
 */
@ControllerAdvice
class Paging implements ResponseBodyAdvice<Object> {

    static final String TOTAL = "X-Total-Count";

    private final LimitSettings.Paging settings;

    Paging(LimitSettings settings) {
        this.settings = settings.paging();
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converter) {
        return Arrays.stream(returnType.getExecutable().getParameters()).noneMatch(p -> p.getName().equals("page")
            && p.isAnnotationPresent(org.springframework.web.bind.annotation.RequestParam.class));
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converter, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof List<?> all) || request.getMethod() != HttpMethod.GET
                || !request.getURI().getPath().startsWith("/api/")) {
            return body;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(request.getURI());
        HttpServletRequest servlet = ((ServletServerHttpRequest) request).getServletRequest();
        int page = number(servlet.getParameter("page"), 1, "page", "limits.page", Integer.MAX_VALUE);
        int size = number(servlet.getParameter("size"), settings.defaultSize(), "size", "limits.size",
            settings.maxSize());
        int last = Math.max(1, (all.size() + size - 1) / size);
        HttpHeaders headers = response.getHeaders();
        headers.set(TOTAL, String.valueOf(all.size()));
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, size, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, size, "next"));
        }
        links.add(link(uri, last, size, "last"));
        headers.set(HttpHeaders.LINK, String.join(", ", links));
        long from = Math.min((long) (page - 1) * size, all.size());
        return all.subList((int) from, (int) Math.min(from + size, all.size()));
    }

    private static int number(@Nullable String text, int absent, String field, String code, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // refused below, naming the parameter
        }
        throw new InvalidInput(field, code, max);
    }

    /** Relative to the host, which a proxy in front may name otherwise. */
    private static String link(UriComponentsBuilder uri, int page, int size, String rel) {
        String target = uri.cloneBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size)
            .scheme(null).host(null).port(null).build().toUriString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
