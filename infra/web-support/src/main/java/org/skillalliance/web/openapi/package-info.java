/**
 * Every servlet service's OpenAPI document as the contract it publishes (docs/api.md): the service's title, version and
 * description ({@code skillalliance.openapi.*}), the gateway as the one server, the Keycloak bearer scheme on every
 * operation, schema names that never merge two types ({@link org.skillalliance.web.openapi.ApiTypeNames}), and on
 * every operation the statuses it answers besides success, as RFC 9457 {@code application/problem+json}
 * ({@link org.skillalliance.web.openapi.ErrorResponses}). The committed documents under docs/openapi are checked
 * against the live ones and linted in the build (infra/api-contract).
 */
package org.skillalliance.web.openapi;
