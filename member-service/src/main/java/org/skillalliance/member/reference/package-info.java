/**
 * Reference code lists the member data is checked against: ISO 3166-1 countries, ISO 4217 currencies, NACE Rev. 2
 * activity codes, ISCO-08 occupation codes.
 */
package org.skillalliance.member.reference;
