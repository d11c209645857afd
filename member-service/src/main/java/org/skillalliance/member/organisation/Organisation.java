package org.skillalliance.member.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;

/**
 * An organisation taking part in alliances. Its size band is never set, only derived from the headcount.
 */
@AggregateRoot
public final class Organisation {

    private final UUID id;
    private final OrganisationType type;
    private final String registrationNumber;
    private final String country;
    private final Instant createdAt;
    private String legalName;
    private String region;
    private String sectorCode;
    private Integer headcount;
    private Instant updatedAt;

    Organisation(
            UUID id,
            OrganisationType type,
            String legalName,
            String registrationNumber,
            String country,
            String region,
            String sectorCode,
            Integer headcount,
            Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.type = type;
        this.legalName = legalName;
        this.registrationNumber = registrationNumber;
        this.country = country;
        this.region = region;
        this.sectorCode = sectorCode;
        this.headcount = headcount;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static OrganisationEvent.Registered register(
            OrganisationType type,
            String legalName,
            String registrationNumber,
            String country,
            String region,
            String sectorCode,
            Integer headcount,
            Instant now) {
        return new OrganisationEvent.Registered(new Organisation(
                UUID.randomUUID(),
                type,
                legalName,
                registrationNumber,
                country,
                region,
                sectorCode,
                headcount,
                now,
                now));
    }

    /** Applies new values of the mutable fields; the event only when anything changed. */
    Optional<OrganisationEvent.Updated> update(
            String legalName, String region, String sectorCode, Integer headcount, Instant now) {
        boolean changed = !Objects.equals(this.legalName, legalName)
                || !Objects.equals(this.region, region)
                || !Objects.equals(this.sectorCode, sectorCode)
                || !Objects.equals(this.headcount, headcount);
        if (!changed) {
            return Optional.empty();
        }
        this.legalName = legalName;
        this.region = region;
        this.sectorCode = sectorCode;
        this.headcount = headcount;
        this.updatedAt = now;
        return Optional.of(new OrganisationEvent.Updated(this));
    }

    public SizeBand sizeBand() {
        return headcount == null ? null : SizeBand.of(headcount);
    }

    public boolean isEmployer() {
        return type == OrganisationType.EMPLOYER;
    }

    public UUID id() {
        return id;
    }

    public OrganisationType type() {
        return type;
    }

    public String legalName() {
        return legalName;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String country() {
        return country;
    }

    public String region() {
        return region;
    }

    public String sectorCode() {
        return sectorCode;
    }

    public Integer headcount() {
        return headcount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
