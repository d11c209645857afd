-- Transactional outbox: written in the same transaction as the business change, relayed to Kafka after commit.
create table outbox_event (
    position      bigserial   primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    aggregate_id  text        not null,
    event_type    text        not null,
    shard         smallint    not null,
    envelope      text        not null,
    occurred_at   timestamptz not null,
    published_at  timestamptz
);

-- the relay reads unpublished rows of one shard in commit order
create index outbox_event_unpublished on outbox_event (shard, position) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
