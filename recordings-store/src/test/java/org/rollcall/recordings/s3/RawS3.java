package org.rollcall.recordings.s3;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A bare SDK client on the same server, to look at objects behind the store's back. */
public final class RawS3 {

    private RawS3() {
    }

    public static S3Client client(S3Settings settings) {
        return client(settings.endpoint(), settings.region(), settings.accessKey(), settings.secretKey());
    }

    public static S3Client client(URI endpoint, String region, String accessKey, String secretKey) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(region)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey,
                        secretKey)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build();
    }
}
