package org.skillalliance.reporting.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code skillalliance.reporting.*}: the erasure pseudonyms' key (docs/reporting.md "Workplace learning").
 *
 * @param erasureKey the secret (base64, at least {@value ErasedLearners#MIN_KEY_BYTES} bytes) erased staff members'
 *                   pseudonyms are derived with; blank: the key generated on first use and kept in the database
 */
@ConfigurationProperties("skillalliance.reporting")
record ErasureKeyProperties(String erasureKey) {}
