package org.skillalliance.system.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.DemoSummary;

/**
 * What the browser journeys start from, prepared through the public API as the people concerned would: the demo's
 * logins of each role and the ids of the objects each journey opens.
 *
 * @param users  realm role to its demo login (username and password)
 * @param values named ids and texts the journeys read ({@code fixture.data(...)})
 */
record JourneyData(Map<String, Map<String, String>> users, Map<String, String> values) {

    /** The demo's HR lead of its first employer (Feinwerk), whose staff and seats the member-admin journey uses. */
    static final String MEMBER_ADMIN = "hr-feinwerk";

    static JourneyData prepare(AllianceApi api, DemoSummary demo) {
        Map<String, Map<String, String>> users = new LinkedHashMap<>();
        for (DemoSummary.DemoUser user : demo.users()) {
            boolean wanted = user.role().equals("member-admin") ? user.username().equals(MEMBER_ADMIN)
                    : !users.containsKey(user.role());
            if (wanted) {
                users.put(user.role(), Map.of("username", user.username(), "password", user.password()));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("allianceName", demo.allianceName());
        values.put("programmeId", demo.programmeId().toString());
        return new JourneyData(users, values);
    }
}
