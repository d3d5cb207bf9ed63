package org.regionaltc.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, purpose and sign-in scheme of the OpenAPI description at /v3/api-docs. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI regionalTcApi() {
        return new OpenAPI()
            .info(new Info()
                .title("regional-tc REST API")
                .version("0.1.0")
                .description("The UNIDO–GRULAC regional technical cooperation programme: reference data, review cycles"
                    + " and priorities, TC projects and their alignment, resource mobilization. Reading published"
                    + " data needs no account; everything else uses the application's accounts over HTTP Basic, with"
                    + " the same rules as the pages. Errors are application/problem+json; invalid input lists each"
                    + " field in `errors`.")
                .license(new License().name("Open source")))
            .components(new Components().addSecuritySchemes("basic",
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
