package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

class StrictQueryParametersTest {

    record StaffFilter(UUID employerId, String status) {}

    @RestController
    static class Handlers {
        String list(
                @RequestParam(required = false) UUID employerId,
                @RequestParam(name = "q", required = false) String text,
                @RequestParam(required = false) Integer page) {
            return "";
        }

        String byId(@PathVariable UUID id) {
            return "";
        }

        String filtered(@ModelAttribute StaffFilter filter, @RequestParam(required = false) Integer size) {
            return "";
        }

        String tagged(@RequestParam(required = false) List<String> tag) {
            return "";
        }

        String anything(@RequestParam Map<String, String> all) {
            return "";
        }

        String raw(HttpServletRequest request) {
            return "";
        }
    }

    private final StrictQueryParameters strict = new StrictQueryParameters();

    @Test
    void readsTheParameterNamesFromTheSignature() {
        assertThat(StrictQueryParameters.parametersOf(handler("list", UUID.class, String.class, Integer.class)))
                .hasValueSatisfying(names -> assertThat(names.keySet()).containsExactly("employerId", "q", "page"));
        assertThat(StrictQueryParameters.parametersOf(handler("byId", UUID.class)))
                .hasValueSatisfying(names -> assertThat(names).isEmpty());
        assertThat(StrictQueryParameters.parametersOf(handler("tagged", List.class)))
                .hasValueSatisfying(names -> assertThat(names).containsExactly(Map.entry("tag", true)));
        assertThat(StrictQueryParameters.parametersOf(handler("filtered", StaffFilter.class, Integer.class)))
                .hasValueSatisfying(
                        names -> assertThat(names.keySet()).containsExactly("employerId", "status", "size"));
        assertThat(StrictQueryParameters.parametersOf(handler("anything", Map.class)))
                .isEmpty();
        assertThat(StrictQueryParameters.parametersOf(handler("raw", HttpServletRequest.class)))
                .isEmpty();
    }

    @Test
    void refusesEveryUnknownNameAndLetsKnownOnesAndOpenHandlersPass() {
        HandlerMethod list = handler("list", UUID.class, String.class, Integer.class);
        assertThat(strict.preHandle(
                        get("q=x&page=1&employerId=" + UUID.randomUUID()), new MockHttpServletResponse(), list))
                .isTrue();
        assertThatThrownBy(() -> strict.preHandle(get("q=x&k=5&so%72t=name&k=6"), new MockHttpServletResponse(), list))
                .isInstanceOfSatisfying(
                        ApiException.InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("k", "sort"));
        assertThat(strict.preHandle(get("whatever=1"), new MockHttpServletResponse(), handler("anything", Map.class)))
                .isTrue();
        assertThat(strict.preHandle(get(null), new MockHttpServletResponse(), handler("byId", UUID.class)))
                .isTrue();
    }

    @Test
    void refusesASingleValuedParameterGivenTwiceOrWithoutAValueButLetsAListRepeat() {
        HandlerMethod list = handler("list", UUID.class, String.class, Integer.class);
        assertThatThrownBy(() -> strict.preHandle(get("page=1&page=2&q="), new MockHttpServletResponse(), list))
                .isInstanceOfSatisfying(
                        ApiException.InvalidInput.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new FieldViolation("page", "is given 2 times; give it once"),
                                        new FieldViolation("q", "has no value; leave the parameter out to mean any")));
        assertThat(strict.preHandle(
                        get("tag=DIGITAL&tag=GREEN"), new MockHttpServletResponse(), handler("tagged", List.class)))
                .isTrue();
        assertThatThrownBy(() -> strict.preHandle(get("k=5"), new MockHttpServletResponse(), list))
                .isInstanceOfSatisfying(
                        ApiException.InvalidInput.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new FieldViolation(
                                        "k", "is not a parameter of this request, which takes employerId, q, page")));
    }

    private static MockHttpServletRequest get(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        request.setQueryString(query);
        return request;
    }

    private static HandlerMethod handler(String name, Class<?>... parameterTypes) {
        try {
            return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name, parameterTypes));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
