package org.rollcall.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at /v3/api-docs: its title and the project's version, the two ways in (an authority's API
 * token as a Bearer, staff with HTTP Basic), and the problem-detail answers every endpoint can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI rollcallOpenApi(@Value("${info.app.version:unknown}") String version) {
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what was wrong and what is accepted"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("reference", new StringSchema().description("on a 500 only: quote it to an "
                        + "administrator, who finds the failure in the log under it"));
        return new OpenAPI()
                .info(new Info().title("Rollcall API").version(version).description("Attendance for authority "
                        + "systems (Bearer API token scoped to one authority); calls, recordings and administration "
                        + "for staff (HTTP Basic). JSON only; every error is an RFC 9457 problem detail."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("An API token issued to one authority (rc_…)"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A Rollcall staff user name and password"))
                        .addSchemas(PROBLEM, problem))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Every operation documents the errors every endpoint can answer; recordings also their range answers. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            Map<String, String> answers = new LinkedHashMap<>();
            answers.put("400", "Refused input: the detail says what was wrong and what is accepted");
            answers.put("401", "No valid API token or staff sign-in");
            answers.put("403", "Signed in, but this role or token may not use this endpoint");
            answers.put("404", "Nothing at this address (no such id)");
            answers.put("405", "Method not allowed here");
            answers.put("406", "Only JSON (application/json, application/problem+json) is offered");
            answers.put("500", "Failure on Rollcall's side: the detail gives a reference for the log");
            if (path.contains("/recordings/")) {
                answers.put("206", "The byte range asked for (Range: bytes=first-last, bytes=first- or bytes=-n)");
                answers.put("409", "The recording is still being stored: try again after Retry-After seconds");
                answers.put("416", "The range cannot be served; Content-Range gives the size");
                answers.put("503", "The recordings store cannot be reached just now");
            }
            answers.forEach((status, description) -> document(operation, status, description));
        }));
    }

    private static void document(Operation operation, String status, String description) {
        ApiResponse response = operation.getResponses().computeIfAbsent(status, s -> new ApiResponse());
        response.setDescription(description);
        if (!status.equals("206")) {
            response.setContent(new Content().addMediaType(Problems.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
    }
}
