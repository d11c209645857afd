package org.skillalliance.gateway.bff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web app, built into {@code classpath:/static/} (the {@code web} module's jar): its files are served at {@code /}
 * by WebFlux's static resources; a GET that accepts HTML, lies outside the gateway's own paths and is no file gets
 * {@code index.html}, so that the app's client-side routes ({@code /staff}, {@code /cohorts/{id}}) survive a reload.
 * Every answer but the Swagger UI's carries the web app's security headers ({@link WebAppHeaders}).
 */
@Configuration(proxyBeanMethods = false)
class WebApp {

    static final String INDEX = "static/index.html";

    @Bean
    RouterFunction<ServerResponse> singlePageFallback() {
        Resource index = new ClassPathResource(INDEX);
        RequestPredicate clientRoute =
                request -> WebAppPaths.isWebAppRead(request.exchange().getRequest())
                        && request.headers().accept().stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype)
                        && !isFile(request.path())
                        && index.exists();
        return RouterFunctions.route(
                clientRoute,
                request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(index));
    }

    private static boolean isFile(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty()) {
            return false;
        }
        ClassPathResource file = new ClassPathResource("static/" + relative);
        return file.exists() && file.isReadable();
    }
}
