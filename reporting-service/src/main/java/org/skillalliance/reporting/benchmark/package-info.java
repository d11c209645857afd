/**
 * The employer benchmark: an employer's own figures against the median and quartiles of the alliance's employers,
 * where at least k employers contribute; no other employer is ever identifiable.
 */
package org.skillalliance.reporting.benchmark;
