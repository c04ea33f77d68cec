package org.conflictmap.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who may do what. Reading is open to everyone (the map, every GET under /api). Writing needs the role EDITOR: the
 * review screen through a form login (Vaadin's configurer: CSRF, view access annotations), the HTTP API through
 * HTTP Basic on every request. The API keeps no session and reads none, so a browser's login cookie cannot be used
 * against it from another site; that is why the API needs no CSRF token.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {
    static final String EDITOR = "EDITOR";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/articles", "/api/extract").hasRole(EDITOR)
                        // everything else is read-only and public; other writes get 405 from the API itself
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in as an editor (HTTP Basic) to write.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                        "Sign in as an editor (HTTP Basic) to write."))
                        .accessDeniedHandler((request, response, e) ->
                                problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                        "Writing needs the editor role.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/favicon.ico").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one editor, {@code editor}. Its password comes from EDITOR_PASSWORD; without it a random one is made and
     * logged once, so that a fresh start is never open with a known password.
     */
    @Bean
    UserDetailsService users(PasswordEncoder encoder, @Value("${EDITOR_PASSWORD:}") String password) {
        String effective = password;
        if (effective == null || effective.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            effective = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("EDITOR_PASSWORD is not set; the editor 'editor' has the generated password: {}", effective);
        }
        return new InMemoryUserDetailsManager(User.withUsername("editor").password(encoder.encode(effective))
                .roles(EDITOR).build());
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"conflict-map\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // fixed texts only: nothing from the request is echoed
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
