package org.skillalliance.platform.demo;

/**
 * An organisation to register ({@code POST /api/organisations}).
 *
 * @param type               EMPLOYER, TRAINING_PROVIDER, ASSOCIATION or FUNDER
 * @param registrationNumber unique per country
 * @param country            ISO 3166-1 alpha-2
 * @param region             a NUTS code
 * @param sectorCode         NACE (employers)
 * @param headcount          employers: decides the size band
 */
public record OrganisationSpec(
        String type,
        String legalName,
        String registrationNumber,
        String country,
        String region,
        String sectorCode,
        Integer headcount) {

    public static OrganisationSpec employer(
            String legalName, String registrationNumber, String region, String sectorCode, int headcount) {
        return new OrganisationSpec("EMPLOYER", legalName, registrationNumber, "DE", region, sectorCode, headcount);
    }

    public static OrganisationSpec of(String type, String legalName, String registrationNumber, String region) {
        return new OrganisationSpec(type, legalName, registrationNumber, "DE", region, null, null);
    }
}
