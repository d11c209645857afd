/**
 * An example program for funders' developers: {@link org.skillalliance.client.example.ImpactReportExample} gets an
 * access token with the client credentials member-service issued to the funder's system, fetches a programme's impact
 * report through the gateway with the generated reporting client ({@code org.skillalliance.client.reporting}), and
 * prints its headline figures; an API error ends it with the problem's title and detail (docs/api.md, "The Java
 * client").
 */
package org.skillalliance.client.example;
