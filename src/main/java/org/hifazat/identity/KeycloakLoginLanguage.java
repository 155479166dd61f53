package org.hifazat.identity;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import jakarta.enterprise.context.ApplicationScoped;
import org.hifazat.web.Ui;

/**
 * Keycloak's login pages in the adult's Hifazat language: the way to Keycloak (the code flow's authorization
 * redirect) carries {@code ui_locales} with the language every Hifazat page uses for this browser (the chosen
 * language, else the browser's preference). The realm offers English and Urdu (deploy/keycloak).
 */
@ApplicationScoped
@Unremovable // looked up by Quarkus OIDC, never injected
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class KeycloakLoginLanguage implements OidcRedirectFilter {

    static final String UI_LOCALES = "ui_locales";

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams()
                .set(UI_LOCALES, Ui.requested(context.routingContext()).code());
    }
}
