package org.regionaltc.account;

import org.regionaltc.system.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs users in from their accounts (behind the LoginThrottle, see ThrottledSignIn). */
@Component
class AccountUserDetails implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.passwordHash(),
            account.role(), account.countries(), account.financingBody(), account.enabled());
    }
}
