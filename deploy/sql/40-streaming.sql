-- Orleans persistent streams on PostgreSQL (Microsoft.Orleans.Streaming.AdoNet 10.4.2-alpha.1): the durable queue
-- behind the `payments` stream, so a payment event written by an order survives the silo that published it.
--
-- Contract, as the provider uses it:
-- * A queue is (ServiceId, ProviderId, QueueId); a message is a row in it with a MessageId that grows with insertion
--   order, a Dequeued counter, VisibleOn / ExpiresOn / CreatedOn / ModifiedOn times (UTC) and the serialized batch
--   (Payload). Durations (@ExpiryTimeout, @VisibilityTimeout, @RemovalTimeout, @EvictionInterval) are whole seconds.
-- * QueueStreamMessageKey inserts a visible message and returns its key columns.
-- * GetStreamMessagesKey hands out up to @MaxCount visible, unexpired messages that have been dequeued fewer than
--   @MaxAttempts times, in MessageId order: each is hidden for @VisibilityTimeout and its Dequeued count goes up by
--   one. The count is the receipt of that hand-out. Concurrent readers never get the same message (SKIP LOCKED).
--   At most once every @EvictionInterval per queue the same call also moves exhausted or expired messages to the
--   dead letters (kept @RemovalTimeout) and deletes dead letters whose time is up (@EvictionBatchSize at a time).
-- * ConfirmStreamMessagesKey takes @Items = "id:receipt|id:receipt|...". A positive receipt confirms delivery and
--   deletes the message; a negative one releases it (visible again now). Either applies only when the receipt is
--   the message's current Dequeued count, so a receiver that lost a message to a newer hand-out cannot touch it.
--   Returns the rows it applied to.
-- * FailStreamMessageKey is the delivery-failure path for one message: dead-lettered when its attempts are used up,
--   otherwise made visible again so that it is redelivered (subscribers deduplicate by event id).
-- * EvictStreamMessagesKey / EvictStreamDeadLettersKey are the same evictions as a call of their own.

CREATE TABLE IF NOT EXISTS orleans_stream_messages
(
    service_id  varchar(150) NOT NULL,
    provider_id varchar(150) NOT NULL,
    queue_id    varchar(150) NOT NULL,
    message_id  bigint GENERATED ALWAYS AS IDENTITY,
    dequeued    integer      NOT NULL DEFAULT 0,
    visible_on  timestamptz  NOT NULL,
    expires_on  timestamptz  NOT NULL,
    created_on  timestamptz  NOT NULL,
    modified_on timestamptz  NOT NULL,
    payload     bytea        NOT NULL,
    CONSTRAINT orleans_stream_messages_pk PRIMARY KEY (service_id, provider_id, queue_id, message_id)
);

CREATE TABLE IF NOT EXISTS orleans_stream_dead_letters
(
    service_id  varchar(150) NOT NULL,
    provider_id varchar(150) NOT NULL,
    queue_id    varchar(150) NOT NULL,
    message_id  bigint       NOT NULL,
    dequeued    integer      NOT NULL,
    visible_on  timestamptz  NOT NULL,
    expires_on  timestamptz  NOT NULL,
    created_on  timestamptz  NOT NULL,
    modified_on timestamptz  NOT NULL,
    dead_on     timestamptz  NOT NULL,
    remove_on   timestamptz  NOT NULL,
    payload     bytea,
    CONSTRAINT orleans_stream_dead_letters_pk PRIMARY KEY (service_id, provider_id, queue_id, message_id)
);

-- One row per queue: when its next eviction is due. Whoever moves evict_on forward runs that eviction.
CREATE TABLE IF NOT EXISTS orleans_stream_queues
(
    service_id  varchar(150) NOT NULL,
    provider_id varchar(150) NOT NULL,
    queue_id    varchar(150) NOT NULL,
    evict_on    timestamptz  NOT NULL,
    CONSTRAINT orleans_stream_queues_pk PRIMARY KEY (service_id, provider_id, queue_id)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('QueueStreamMessageKey', $q$
    INSERT INTO orleans_stream_messages (service_id, provider_id, queue_id, visible_on, expires_on, created_on, modified_on, payload)
    VALUES (@ServiceId, @ProviderId, @QueueId, now(), now() + @ExpiryTimeout * interval '1 second', now(), now(), @Payload)
    RETURNING service_id AS "ServiceId", provider_id AS "ProviderId", queue_id AS "QueueId", message_id AS "MessageId";
$q$),
('GetStreamMessagesKey', $q$
    WITH due AS (
        INSERT INTO orleans_stream_queues AS q (service_id, provider_id, queue_id, evict_on)
        VALUES (@ServiceId, @ProviderId, @QueueId, now() + @EvictionInterval * interval '1 second')
        ON CONFLICT ON CONSTRAINT orleans_stream_queues_pk DO UPDATE SET evict_on = EXCLUDED.evict_on
         WHERE q.evict_on <= now()
        RETURNING 1
    ), evicted AS (
        DELETE FROM orleans_stream_messages
         WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
           AND EXISTS (SELECT 1 FROM due)
           AND message_id IN (
               SELECT message_id FROM orleans_stream_messages
                WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
                  AND ((dequeued >= @MaxAttempts AND visible_on <= now()) OR expires_on <= now())
                ORDER BY message_id LIMIT @EvictionBatchSize FOR UPDATE SKIP LOCKED)
        RETURNING *
    ), buried AS (
        INSERT INTO orleans_stream_dead_letters
               (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on, dead_on, remove_on, payload)
        SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
               now(), now() + @RemovalTimeout * interval '1 second', payload
          FROM evicted
        ON CONFLICT ON CONSTRAINT orleans_stream_dead_letters_pk DO NOTHING
        RETURNING 1
    ), removed AS (
        DELETE FROM orleans_stream_dead_letters
         WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
           AND EXISTS (SELECT 1 FROM due)
           AND message_id IN (
               SELECT message_id FROM orleans_stream_dead_letters
                WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND remove_on <= now()
                ORDER BY message_id LIMIT @EvictionBatchSize FOR UPDATE SKIP LOCKED)
        RETURNING 1
    ), batch AS (
        SELECT message_id FROM orleans_stream_messages
         WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
           AND dequeued < @MaxAttempts AND visible_on <= now() AND expires_on > now()
         ORDER BY message_id LIMIT @MaxCount FOR UPDATE SKIP LOCKED
    )
    UPDATE orleans_stream_messages AS m
       SET dequeued = m.dequeued + 1, visible_on = now() + @VisibilityTimeout * interval '1 second', modified_on = now()
      FROM batch AS b
     WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId AND m.message_id = b.message_id
    RETURNING m.service_id AS "ServiceId", m.provider_id AS "ProviderId", m.queue_id AS "QueueId", m.message_id AS "MessageId",
              m.dequeued AS "Dequeued", m.visible_on AS "VisibleOn", m.expires_on AS "ExpiresOn", m.created_on AS "CreatedOn",
              m.modified_on AS "ModifiedOn", m.payload AS "Payload";
$q$),
('ConfirmStreamMessagesKey', $q$
    WITH items AS (
        SELECT split_part(item, ':', 1)::bigint AS message_id, split_part(item, ':', 2)::integer AS receipt
          FROM unnest(string_to_array(@Items, '|')) AS item
    ), confirmed AS (
        DELETE FROM orleans_stream_messages AS m
         USING items AS i
         WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
           AND m.message_id = i.message_id AND i.receipt > 0 AND m.dequeued = i.receipt
        RETURNING m.service_id, m.provider_id, m.queue_id, m.message_id
    ), released AS (
        UPDATE orleans_stream_messages AS m
           SET visible_on = now(), modified_on = now()
          FROM items AS i
         WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
           AND m.message_id = i.message_id AND i.receipt < 0 AND m.dequeued = -i.receipt
        RETURNING m.service_id, m.provider_id, m.queue_id, m.message_id
    )
    SELECT service_id AS "ServiceId", provider_id AS "ProviderId", queue_id AS "QueueId", message_id AS "MessageId" FROM confirmed
    UNION ALL
    SELECT service_id, provider_id, queue_id, message_id FROM released;
$q$),
('FailStreamMessageKey', $q$
    WITH failed AS (
        SELECT * FROM orleans_stream_messages
         WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND message_id = @MessageId
         FOR UPDATE
    ), evicted AS (
        DELETE FROM orleans_stream_messages AS m
         USING failed AS f
         WHERE m.service_id = f.service_id AND m.provider_id = f.provider_id AND m.queue_id = f.queue_id
           AND m.message_id = f.message_id AND (f.dequeued >= @MaxAttempts OR f.expires_on <= now())
        RETURNING m.*
    ), buried AS (
        INSERT INTO orleans_stream_dead_letters
               (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on, dead_on, remove_on, payload)
        SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
               now(), now() + @RemovalTimeout * interval '1 second', payload
          FROM evicted
        ON CONFLICT ON CONSTRAINT orleans_stream_dead_letters_pk DO NOTHING
        RETURNING 1
    )
    UPDATE orleans_stream_messages AS m
       SET visible_on = now(), modified_on = now()
      FROM failed AS f
     WHERE m.service_id = f.service_id AND m.provider_id = f.provider_id AND m.queue_id = f.queue_id
       AND m.message_id = f.message_id AND f.dequeued < @MaxAttempts AND f.expires_on > now();
$q$),
('EvictStreamMessagesKey', $q$
    WITH evicted AS (
        DELETE FROM orleans_stream_messages
         WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
           AND message_id IN (
               SELECT message_id FROM orleans_stream_messages
                WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
                  AND ((dequeued >= @MaxAttempts AND visible_on <= now()) OR expires_on <= now())
                ORDER BY message_id LIMIT @MaxCount FOR UPDATE SKIP LOCKED)
        RETURNING *
    )
    INSERT INTO orleans_stream_dead_letters
           (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on, dead_on, remove_on, payload)
    SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
           now(), now() + @RemovalTimeout * interval '1 second', payload
      FROM evicted
    ON CONFLICT ON CONSTRAINT orleans_stream_dead_letters_pk DO NOTHING;
$q$),
('EvictStreamDeadLettersKey', $q$
    DELETE FROM orleans_stream_dead_letters
     WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId
       AND message_id IN (
           SELECT message_id FROM orleans_stream_dead_letters
            WHERE service_id = @ServiceId AND provider_id = @ProviderId AND queue_id = @QueueId AND remove_on <= now()
            ORDER BY message_id LIMIT @MaxCount FOR UPDATE SKIP LOCKED);
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
