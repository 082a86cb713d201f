package fi.ohjaamo.identity;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Signs people in with a local account; every failure is the same {@link BadCredentialsException}. */
@Component
class LocalAuthenticationProvider implements AuthenticationProvider {

	private final LocalAccounts accounts;

	LocalAuthenticationProvider(LocalAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		String password = credentials == null ? "" : credentials.toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
		var person = accounts.authenticate(username == null ? "" : username, password, address)
			.orElseThrow(() -> new BadCredentialsException("bad credentials"));
		return UsernamePasswordAuthenticationToken.authenticated(person, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER")));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
