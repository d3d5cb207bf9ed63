package org.regionaltc.account;

import org.regionaltc.system.LoginThrottle;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs users in from their accounts; a username with too many recent failures is reported as locked. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final Accounts accounts;
    private final LoginThrottle throttle;

    AccountUserDetails(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.passwordHash(),
            account.role(), account.countries(), account.financingBody(), account.enabled(),
            throttle.isLocked(account.username()));
    }
}
