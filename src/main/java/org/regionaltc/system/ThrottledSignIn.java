package org.regionaltc.system;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in (form and HTTP Basic) behind the {@link LoginThrottle}. A throttled attempt fails
 * exactly as a wrong password or an unknown username does, so that the answer does not tell which accounts exist.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            VerifiedCredentials verified) {
        this.passwords = new DaoAuthenticationProvider(users) {
            /** The account is still read afresh (role, status, hash); only bcrypt is skipped for a known pair. */
            @Override
            protected void additionalAuthenticationChecks(UserDetails user,
                    UsernamePasswordAuthenticationToken attempt) {
                if (attempt.getCredentials() instanceof String password && user.getPassword() != null
                        && verified.accepted(user.getUsername(), password, user.getPassword())) {
                    return;
                }
                super.additionalAuthenticationChecks(user, attempt);
                if (attempt.getCredentials() instanceof String password && user.getPassword() != null) {
                    verified.remember(user.getUsername(), password, user.getPassword());
                }
            }
        };
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
            && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (throttle.isLocked(username, address)) {
            throttle.failed(username, address);
            verified.forget(username);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            verified.forget(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
