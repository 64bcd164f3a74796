package io.orgbridge.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.orgbridge.events.CloudEvent;

/**
 * Sends pending outbox rows to Kafka in insertion order and marks each one sent after the broker
 * acknowledged it. Rows are locked with {@code SKIP LOCKED}, so several replicas can relay at
 * once without sending a row twice; a crash after the send and before the commit sends the row
 * again with the same event id, which consumers skip.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Name of the outgoing channel every service configures for the relay. */
    public static final String CHANNEL = "outbox";

    private static final String PENDING = "select seq, topic, record_key, payload from outbox_event"
            + " where sent_at is null order by seq limit :batch for update skip locked";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where seq in (:seqs)";
    private static final String PURGE = "delete from outbox_event where sent_at < now() - make_interval(secs => :secs)";

    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Duration retention;
    private final String topicPrefix;

    /**
     * @param topicPrefix prepended to every topic name, so that several environments (or test runs)
     *     can share one Kafka cluster; incoming channels use the same prefix
     */
    public OutboxRelay(
            @Channel(CHANNEL) MutinyEmitter<String> emitter,
            @ConfigProperty(name = "orgbridge.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "orgbridge.outbox.retention", defaultValue = "P1D") Duration retention,
            @ConfigProperty(name = "orgbridge.kafka.topic-prefix", defaultValue = "") Optional<String> topicPrefix) {
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.retention = retention;
        this.topicPrefix = topicPrefix.orElse("");
    }

    @Scheduled(
            identity = "outbox-relay",
            every = "${orgbridge.outbox.poll-interval:1s}",
            delayed = "${orgbridge.outbox.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relay() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(PENDING, Object[].class)
                        .setParameter("batch", batchSize)
                        .getResultList())
                .chain(this::sendInOrder));
    }

    @Scheduled(
            identity = "outbox-purge",
            every = "${orgbridge.outbox.purge-interval:1h}",
            delayed = "${orgbridge.outbox.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purge() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(PURGE)
                        .setParameter("secs", (double) retention.toSeconds())
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private Uni<Void> sendInOrder(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Context context = Vertx.currentContext();
        List<Long> sent = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Object[] row : rows) {
            chain = chain.chain(() -> send(row, context).invoke(() -> sent.add(((Number) row[0]).longValue())));
        }
        return chain.onFailure()
                .recoverWithUni(failure -> {
                    Log.warnf(
                            "Outbox relay stopped after %d of %d events; the rest is retried: %s",
                            sent.size(), rows.size(), failure.getMessage());
                    return Uni.createFrom().voidItem();
                })
                .chain(() -> markSent(sent));
    }

    private Uni<Void> send(Object[] row, Context context) {
        String topic = topicPrefix + row[1];
        String key = (String) row[2];
        String payload = (String) row[3];
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .withHeaders(headers)
                .build();
        // The broker acknowledges on a Kafka thread; Hibernate Reactive must continue on the relay's context.
        return emitter.sendMessage(Message.of(payload).addMetadata(metadata))
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private Uni<Void> markSent(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(MARK_SENT)
                        .setParameter("seqs", seqs)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
