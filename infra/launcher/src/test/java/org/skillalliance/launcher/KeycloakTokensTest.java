package org.skillalliance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class KeycloakTokensTest {

    @Test
    void aPasswordGrantAsksForTheOpenIdScope() {
        assertThat(KeycloakTokens.passwordGrant("skill-alliance-web", "ada", "s3cret"))
                .containsExactly(
                        Map.entry("grant_type", "password"),
                        Map.entry("client_id", "skill-alliance-web"),
                        Map.entry("username", "ada"),
                        Map.entry("password", "s3cret"),
                        Map.entry("scope", "openid"));
    }

    @Test
    void theFormIsUrlEncoded() {
        assertThat(KeycloakTokens.formEncode(KeycloakTokens.passwordGrant("web", "a b@example.org", "p&w=1")))
                .isEqualTo("grant_type=password&client_id=web&username=a+b%40example.org&password=p%26w%3D1"
                        + "&scope=openid");
    }

    @Test
    void theAdministratorsTokenComesFromTheMasterRealmThroughTheAdminCli() {
        HttpRequest request = KeycloakTokens.masterAdmin("http://localhost:18180", "pw");

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri())
                .isEqualTo(URI.create("http://localhost:18180/realms/master/protocol/openid-connect/token"));
        assertThat(request.headers().firstValue("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(body(request))
                .isEqualTo("grant_type=password&client_id=admin-cli&username=admin&password=pw&scope=openid");
    }

    private static String body(HttpRequest request) {
        List<ByteBuffer> parts = new ArrayList<>();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                parts.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new IllegalStateException(throwable);
            }

            @Override
            public void onComplete() {}
        });
        StringBuilder body = new StringBuilder();
        parts.forEach(part -> body.append(StandardCharsets.UTF_8.decode(part)));
        return body.toString();
    }
}
