package org.rollcall.recordings.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.TestWavs;
import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.s3.S3RecordingStore;
import org.rollcall.recordings.s3.S3Settings;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Not a test: stores N two-minute 8 kHz 16-bit recordings (~1.9 MB) through the RecordingStore (validation,
 * SHA-256, existence check, checksummed PUT) and PUTs the same bytes with a bare SDK client, against S3Proxy on
 * 127.0.0.1, and prints both throughputs. {@code -Dbench.count=500 -Dbench.threads=1}. Never fails on timing.
 * Its S3Proxy data directory is deleted at the end.
 */
public final class RecordingStoreBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.count", 500);
        int threads = Integer.getInteger("bench.threads", 1);
        byte[] wav = TestWavs.wav(Duration.ofMinutes(2), 8000, 1);
        var directory = Files.createTempDirectory("recording-store-benchmark");
        try (var s3 = LocalS3Server.start(directory, 0);
             var store = S3RecordingStore.create(S3Settings.of(s3.endpoint(), s3.region(), "benchmark",
                     s3.accessKey(), s3.secretKey()), Clock.systemUTC());
             var bare = S3Client.builder().endpointOverride(s3.endpoint()).region(Region.of(s3.region()))
                     .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))).build();
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            store.ensureBucket();
            Runnable viaStore = () -> store.store(new RecordingKey(UUID.randomUUID(), DAY),
                    new ByteArrayInputStream(wav), wav.length, null);
            Runnable viaBare = () -> bare.putObject(b -> b.bucket("benchmark").key("bare/" + UUID.randomUUID()),
                    RequestBody.fromBytes(wav));
            System.out.printf("%d recordings of %,d bytes, %d thread(s), S3Proxy at %s%n", count, wav.length, threads,
                    s3.endpoint());
            run(pool, Math.min(50, count), viaStore); // warm-up: JIT, connections
            run(pool, Math.min(50, count), viaBare);
            double store1 = run(pool, count, viaStore);
            double bare1 = run(pool, count, viaBare);
            report("RecordingStore.store", count, wav.length, store1);
            report("bare S3Client.putObject", count, wav.length, bare1);
            System.out.printf("ratio RecordingStore / bare: %.2f%n", bare1 / store1);
        } finally {
            deleteRecursively(directory); // about 2 GB of objects at the default count; S3Proxy has stopped by now
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        System.out.printf("deleted %s%n", directory);
    }

    /** @return elapsed seconds */
    private static double run(ExecutorService pool, int count, Runnable put) throws Exception {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> {
                put.run();
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> done : pool.invokeAll(tasks)) {
            done.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String what, int count, int bytes, double seconds) {
        System.out.printf("%-24s %6.1f recordings/s  %7.1f MB/s  (%d in %.2f s)%n", what, count / seconds,
                count * (double) bytes / 1e6 / seconds, count, seconds);
    }
}
