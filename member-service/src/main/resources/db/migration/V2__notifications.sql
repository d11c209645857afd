-- Notifications (docs/notifications.md): what member-service tells people, learned from the platform's events.

-- What the notifications need to know of the other services, kept from their events: course titles, cohort dates and
-- status, and who holds which seat (a cohort's start and cancellation concern its enrolled people).
create table notification_course (
    course_id uuid primary key,
    title     text not null
);

create table notification_cohort (
    cohort_id  uuid primary key,
    course_id  uuid not null,
    start_date date not null,
    status     text not null
);
create index notification_cohort_start on notification_cohort (start_date) where status in ('PLANNED', 'OPEN');

create table notification_enrolment (
    enrolment_id uuid primary key,
    cohort_id    uuid not null,
    staff_id     uuid not null,
    status       text not null
);
create index notification_enrolment_cohort on notification_enrolment (cohort_id, status);
create index notification_enrolment_staff on notification_enrolment (staff_id);

-- One message per occasion and recipient: `occasion` is the event's id, or for the scheduled start reminder the
-- cohort's; the unique key makes a redelivered event, or a second instance's scheduler, write nothing.
-- `recipient` is 'staff:<staff id>' (a learner) or 'org-admins:<organisation id>' (an organisation's member-admins).
create table notification (
    id         uuid        primary key,
    recipient  text        not null,
    kind       text        not null,
    occasion   text        not null,
    facts      jsonb       not null,
    created_at timestamptz not null,
    -- when its emails were addressed: at once for a learner; for an organisation's admins by the sender, from Keycloak
    addressed_at timestamptz,
    constraint notification_once unique (recipient, occasion, kind)
);
create index notification_recipient on notification (recipient, created_at desc);
create index notification_unaddressed on notification (created_at) where addressed_at is null;

-- Who has read what: a learner as 'staff:<id>', anyone else as 'user:<subject>'.
create table notification_read (
    notification_id uuid        not null references notification (id) on delete cascade,
    reader          text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, reader)
);

-- A person's choices: the kinds turned off and the language of their messages (null: the employer's country's).
create table notification_preference (
    person   text   primary key,
    language text,
    muted    text[] not null default '{}'
);

-- The emails still to send, one per notification and address; a sender takes a row under `for update skip locked`,
-- so that two instances never send the same one, and deletes it once sent (or given up): no address is kept after.
create table notification_email (
    notification_id uuid        not null references notification (id) on delete cascade,
    address         text        not null,
    language        text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_failure    text,
    primary key (notification_id, address)
);
create index notification_email_due on notification_email (next_attempt_at);
