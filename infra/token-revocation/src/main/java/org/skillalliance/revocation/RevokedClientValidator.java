package org.skillalliance.revocation;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token whose client ({@code azp}, the client the token was issued to) was revoked; security-support adds
 * every such validator bean to its token checks, so the answer is the usual 401.
 */
class RevokedClientValidator implements OAuth2TokenValidator<Jwt> {

    private final RevokedClients revoked;

    RevokedClientValidator(RevokedClients revoked) {
        this.revoked = revoked;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String client = token.getClaimAsString("azp");
        return revoked.isRevoked(client)
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_TOKEN, "the token's client " + client + " was revoked", null))
                : OAuth2TokenValidatorResult.success();
    }
}
