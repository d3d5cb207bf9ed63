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
                    + " field in `errors`. Lists take `page` (from 1) and `size` and answer `X-Total-Count` and `Link`;"
                    + " a client over its rate is answered 429 with `Retry-After`.")
                .license(new License().name("Open source")))
            .components(new Components().addSecuritySchemes("basic",
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** The parameters {@link Paging} reads, on every operation it pages (lists the operation does not page itself). */
    @Bean
    org.springdoc.core.customizers.OperationCustomizer pagingParameters(LimitSettings limits) {
        return (operation, handler) -> {
            boolean pagesItself = java.util.Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> "page".equals(p.getParameterName()));
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class)
                    && java.util.List.class.isAssignableFrom(handler.getMethod().getReturnType()) && !pagesItself) {
                operation.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter().name("page")
                    .description("page number, from 1").schema(new io.swagger.v3.oas.models.media.IntegerSchema()
                        ._default(1).minimum(java.math.BigDecimal.ONE)));
                operation.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter().name("size")
                    .description("items per page").schema(new io.swagger.v3.oas.models.media.IntegerSchema()
                        ._default(limits.paging().defaultSize()).minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(limits.paging().maxSize()))));
            }
            return operation;
        };
    }
}
