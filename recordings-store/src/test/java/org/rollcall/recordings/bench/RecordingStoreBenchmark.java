package org.rollcall.recordings.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.Sha256;
import org.rollcall.recordings.TestWavs;
import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.s3.OverwriteCheck;
import org.rollcall.recordings.s3.S3RecordingStore;
import org.rollcall.recordings.s3.S3Settings;
import org.rollcall.recordings.s3.StoreTimings;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Not a test: stores N two-minute 8 kHz 16-bit recordings (~1.9 MB) through the RecordingStore (validation,
 * SHA-256, no-overwrite check, checksummed PUT) and PUTs the same bytes with a bare SDK client, against S3Proxy on
 * 127.0.0.1, and prints both throughputs, their ratio and where the store's time goes. Two more contenders show
 * what the parts cost: the store with the HEAD-first fallback, and the bare client sending the store's SHA-256
 * header with its body SigV4-signed in chunks as well (the SDK's way over plain HTTP, and the store's PUT before it
 * left the body to the signed checksum). Each contender runs N recordings in
 * {@code bench.rounds} blocks, taking turns (the order rotates each round) so that a shared machine's changing
 * load and the server's warming up fall on all of them alike; {@code -Dbench.rounds=1} runs them one after the
 * other. {@code -Dbench.count=500 -Dbench.threads=1 -Dbench.rounds=10}. Never fails on timing. Its S3Proxy data
 * directory is deleted at the end.
 */
public final class RecordingStoreBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final int WARM_UP = 50;

    private record Contender(String name, Runnable put) {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.count", 500);
        int threads = Integer.getInteger("bench.threads", 1);
        int rounds = Math.max(1, Math.min(count, Integer.getInteger("bench.rounds", 10)));
        byte[] wav = TestWavs.wav(Duration.ofMinutes(2), 8000, 1);
        String sha256 = Base64.getEncoder().encodeToString(Sha256.newDigest().digest(wav));
        var directory = Files.createTempDirectory("recording-store-benchmark");
        try (var s3 = LocalS3Server.start(directory, 0);
             var store = S3RecordingStore.create(settings(s3, OverwriteCheck.AUTO), Clock.systemUTC());
             var fallback = S3RecordingStore.create(settings(s3, OverwriteCheck.HEAD_FIRST), Clock.systemUTC());
             var bare = S3Client.builder().endpointOverride(s3.endpoint()).region(Region.of(s3.region()))
                     .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))).build();
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            store.ensureBucket();
            OverwriteCheck check = store.overwriteCheck();
            var contenders = List.of(
                    new Contender("RecordingStore.store", () -> store.store(new RecordingKey(UUID.randomUUID(), DAY),
                            new ByteArrayInputStream(wav), wav.length, null)),
                    new Contender("bare S3Client.putObject", () -> bare.putObject(b -> b.bucket("benchmark")
                            .key("bare/" + UUID.randomUUID()), RequestBody.fromBytes(wav))),
                    new Contender("store, HEAD_FIRST", () -> fallback.store(new RecordingKey(UUID.randomUUID(), DAY),
                            new ByteArrayInputStream(wav), wav.length, null)),
                    new Contender("signed-body PUT + SHA-256", () -> bare.putObject(b -> b.bucket("benchmark")
                            .key("sha/" + UUID.randomUUID()).checksumSHA256(sha256), RequestBody.fromBytes(wav))));
            System.out.printf("%d recordings of %,d bytes per contender, %d thread(s), %d round(s), S3Proxy at %s; "
                    + "store: overwrite check %s, bodies %s%n", count, wav.length, threads, rounds, s3.endpoint(),
                    check, store.signsBodies() ? "SigV4-signed" : "bound by the signed SHA-256 header");
            for (Contender contender : contenders) { // JIT and connections, here and in S3Proxy
                run(pool, Math.min(WARM_UP, count), contender.put());
            }
            StoreTimings storeBefore = store.timings();
            StoreTimings fallbackBefore = fallback.timings();
            double[] seconds = new double[contenders.size()];
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                int n = count / rounds + (round < count % rounds ? 1 : 0);
                double[] these = new double[contenders.size()];
                for (int turn = 0; turn < contenders.size(); turn++) {
                    int which = (round + turn) % contenders.size();
                    these[which] = run(pool, n, contenders.get(which).put());
                    seconds[which] += these[which];
                }
                System.out.printf("round %d: %d each, ms per recording: store %.2f, bare %.2f, store HEAD_FIRST %.2f, "
                        + "signed-body PUT + SHA-256 %.2f; ratio %.2f%n", round + 1, n, these[0] * 1e3 / n, these[1] * 1e3 / n,
                        these[2] * 1e3 / n, these[3] * 1e3 / n, these[1] / these[0]);
                ratios.add(these[1] / these[0]);
            }
            ratios.sort(null);
            for (int i = 0; i < contenders.size(); i++) {
                report(contenders.get(i).name(), count, wav.length, seconds[i]);
            }
            System.out.printf("ratio RecordingStore / bare: %.2f (rounds: median %.2f, %.2f to %.2f); HEAD_FIRST "
                    + "fallback / bare: %.2f%n", seconds[1] / seconds[0], ratios.get(ratios.size() / 2),
                    ratios.getFirst(), ratios.getLast(), seconds[1] / seconds[2]);
            System.out.println("where the time goes, ms per recording" + (threads > 1 ? " (summed over threads)" : "")
                    + ":");
            breakdown("RecordingStore.store", store.timings().since(storeBefore), seconds[0], threads);
            breakdown("store, HEAD_FIRST", fallback.timings().since(fallbackBefore), seconds[2], threads);
            System.out.printf("  %-24s PUT %.2f (SDK default: CRC32 trailer, which S3Proxy verifies)%n",
                    "bare S3Client.putObject", seconds[1] * threads * 1e3 / count);
            System.out.printf("  %-24s PUT %.2f (SHA-256 header, body SigV4-signed too: what signing bodies costs)%n",
                    "signed-body PUT+SHA-256", seconds[3] * threads * 1e3 / count);
        } finally {
            deleteRecursively(directory); // gigabytes of objects at the default count; S3Proxy has stopped by now
        }
    }

    private static S3Settings settings(LocalS3Server s3, OverwriteCheck check) {
        return S3Settings.of(s3.endpoint(), s3.region(), "benchmark", s3.accessKey(), s3.secretKey())
                .withOverwriteCheck(check);
    }

    private static void breakdown(String what, StoreTimings timings, double seconds, int threads) {
        double stores = Math.max(1, timings.stores());
        double total = seconds * threads * 1e3 / stores;
        double reading = timings.readingAndHashing().toNanos() / 1e6 / stores;
        double lookingUp = timings.lookingUp().toNanos() / 1e6 / stores;
        double uploading = timings.uploading().toNanos() / 1e6 / stores;
        System.out.printf("  %-24s read + SHA-256 %.2f, HEAD %.2f (%d requests), PUT %.2f, the rest %.2f; of %.2f%n",
                what, reading, lookingUp, timings.lookups(), uploading, total - reading - lookingUp - uploading,
                total);
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
        System.out.printf("%-26s %6.1f recordings/s  %7.1f MB/s  (%d in %.2f s)%n", what, count / seconds,
                count * (double) bytes / 1e6 / seconds, count, seconds);
    }
}
