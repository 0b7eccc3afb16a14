package org.rollcall.recording.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code rollcall.recording.s3.endpoint} is unset or blank: the embedded S3 API is started. */
class NoS3EndpointConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String endpoint = context.getEnvironment().getProperty("rollcall.recording.s3.endpoint");
        return endpoint == null || endpoint.isBlank();
    }
}
