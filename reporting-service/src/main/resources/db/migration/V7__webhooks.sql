-- Webhooks (issue 25, docs/reporting.md "Webhooks"): an organisation's subscriptions and the log of their deliveries.
-- Not projections: the rebuild leaves both alone, so an event it replays is never delivered again.

create table wh_subscription (
    id                 uuid primary key,
    organisation_id    uuid not null,
    url                text not null,
    kinds              text[] not null,
    programme_id       uuid,
    -- the signing secret (whsec_ + base64); kept, since every delivery is signed with it
    secret             text not null,
    status             text not null check (status in ('ACTIVE', 'UNSUBSCRIBED')),
    created_at         timestamptz not null,
    -- report.updated: the fingerprint of the programme's report (without currentAsOf) last enqueued
    report_fingerprint text
);
create index wh_subscription_organisation on wh_subscription (organisation_id);

create table wh_delivery (
    id               uuid primary key,
    subscription_id  uuid not null references wh_subscription (id),
    kind             text not null,
    -- the event it comes from (or a new id for report.updated and webhook.test): once per subscription
    event_id         uuid not null,
    -- the JSON body as it is sent on every attempt
    body             text not null,
    attempts         integer not null default 0,
    status           text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    first_attempt_at timestamptz,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    unique (subscription_id, event_id)
);
create index wh_delivery_due on wh_delivery (next_attempt_at) where status = 'PENDING';
create index wh_delivery_subscription on wh_delivery (subscription_id, created_at);
