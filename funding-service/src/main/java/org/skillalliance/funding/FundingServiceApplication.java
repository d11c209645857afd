package org.skillalliance.funding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Funding service: cost sharing, grant programmes, applications, awards, claims, disbursements and the ledger. */
@SpringBootApplication
public class FundingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FundingServiceApplication.class, args);
    }
}
