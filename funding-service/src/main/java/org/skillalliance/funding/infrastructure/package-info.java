/**
 * Wiring that belongs to no feature: the clock every use case reads. (Strict query parameters are web-support's, in
 * every service.)
 */
package org.skillalliance.funding.infrastructure;
