package org.regionaltc.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

    /** The languages of the programme; each message bundle has all four (MessageBundleTests checks it). */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
        Locale.forLanguageTag("pt"), Locale.FRENCH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("tc-lang");
        resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Without the language cookie: a page is in English until the reader picks a language; an API call (a program,
     * which sets no cookie) answers in the language its {@code Accept-Language} asks for among the four, else English.
     */
    static Locale defaultLocale(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.ENGLISH;
        }
        try {
            Locale asked = Locale.lookup(Locale.LanguageRange.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                LANGUAGES);
            return asked == null ? Locale.ENGLISH : asked;
        } catch (IllegalArgumentException unreadableHeader) {
            return Locale.ENGLISH;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new VaryOnHtmx());
        registry.addInterceptor(new RefusedFormObjects());
    }

    /**
     * Several pages answer an HTMX request with a fragment and any other request with the whole page, at the same
     * URL: a cache (the browser's, a proxy's) must keep the two apart. Said on every response, so that no controller
     * that starts to read the header can forget it.
     */
    static final class VaryOnHtmx implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            response.addHeader(HttpHeaders.VARY, "HX-Request");
            return true;
        }
    }
}
