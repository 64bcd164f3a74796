-- Events written in the same transaction as the state they describe; OutboxRelay sends them in seq order.
create table outbox_event (
    seq        bigserial primary key,
    event_id   varchar(64)  not null unique,
    topic      varchar(255) not null,
    record_key varchar(255),
    payload    text         not null,
    created_at timestamptz  not null default now(),
    sent_at    timestamptz
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;

-- Ids of consumed events, recorded in the same transaction as their effect, so a redelivery changes nothing.
create table inbox_event (
    event_id    varchar(64)  primary key,
    event_type  varchar(255) not null,
    received_at timestamptz  not null default now()
);
