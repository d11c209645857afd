create table widget_change (
    id        bigserial primary key,
    widget_id text    not null,
    sequence  integer not null
);

-- deliberately without a unique key: a doubly applied effect must be visible
create table widget_effect (
    id         bigserial primary key,
    event_id   uuid    not null,
    widget_id  text    not null,
    sequence   integer not null
);
