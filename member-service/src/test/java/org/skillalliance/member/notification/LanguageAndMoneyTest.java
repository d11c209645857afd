package org.skillalliance.member.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language a person reads, and money as each language writes it, from minor units in the currency's decimals. */
class LanguageAndMoneyTest {

    @Test
    void aPersonsChoiceComesFirstThenTheCountrysLanguageThenEnglish() {
        assertThat(Language.of("en", "DE")).isEqualTo(Language.EN);
        assertThat(Language.of(null, "AT")).isEqualTo(Language.DE);
        assertThat(Language.of(null, "CH")).isEqualTo(Language.DE);
        assertThat(Language.of(null, "FR")).isEqualTo(Language.EN);
        assertThat(Language.of("xx", null)).isEqualTo(Language.EN);
        assertThat(Language.of("de", "IE")).isEqualTo(Language.DE);
    }

    @Test
    void moneyIsWrittenInTheCurrencysOwnDecimals() {
        assertThat(NotificationTexts.money(123_450, "EUR", Locale.GERMAN)).isEqualTo("1.234,50\u00a0€");
        assertThat(NotificationTexts.money(123_450, "EUR", Locale.ENGLISH)).isEqualTo("€1,234.50");
        // the yen has no minor unit: 1,500 minor units are 1,500 yen
        assertThat(NotificationTexts.money(1_500, "JPY", Locale.ENGLISH)).isEqualTo("¥1,500");
    }
}
