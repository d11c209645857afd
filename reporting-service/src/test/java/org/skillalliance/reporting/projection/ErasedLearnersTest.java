package org.skillalliance.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The erasure pseudonym is keyed: the same staff id and key give the same UUID (so a rebuild writes the same rows),
 * another key another one, and nobody without the key can recompute it from the staff id (docs/reporting.md
 * "Workplace learning"). A key given in the configuration needs no database.
 */
class ErasedLearnersTest {

    private static final UUID STAFF = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");

    @Test
    void theSameStaffIdAndKeyGiveTheSamePseudonymAndAnotherKeyAnother() {
        UUID pseudonym = withKey(key('a')).pseudonym(STAFF);

        assertThat(withKey(key('a')).pseudonym(STAFF)).isEqualTo(pseudonym);
        assertThat(withKey(key('b')).pseudonym(STAFF)).isNotEqualTo(pseudonym);
        assertThat(withKey(key('a')).pseudonym(UUID.randomUUID())).isNotEqualTo(pseudonym);
    }

    @Test
    void thePseudonymIsAVersion8UuidThatIsNeitherTheStaffIdNorTheUnkeyedNameUuid() {
        UUID pseudonym = withKey(key('a')).pseudonym(STAFF);

        assertThat(pseudonym.version()).isEqualTo(8);
        assertThat(pseudonym.variant()).isEqualTo(2);
        assertThat(pseudonym)
                .isNotEqualTo(STAFF)
                .isNotEqualTo(UUID.nameUUIDFromBytes(("erased-learner:" + STAFF).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeyThatIsNotBase64OrShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> withKey("not base64!").pseudonym(STAFF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REPORTING_ERASURE_KEY must be base64");
        assertThatThrownBy(() -> withKey(Base64.getEncoder().encodeToString(new byte[31]))
                        .pseudonym(STAFF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("REPORTING_ERASURE_KEY has 31 bytes; at least 32 are needed");
    }

    private static ErasedLearners withKey(String base64) {
        return new ErasedLearners(null, new ErasureKeyProperties(base64), null);
    }

    private static String key(char fill) {
        return Base64.getEncoder()
                .encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
    }
}
