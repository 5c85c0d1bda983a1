-- Ids made on the server are UUID v7 too, as the console's own are (docs/architecture.md): the
-- first 48 bits are the Unix time in milliseconds, so rows get ids in the order they arrive.
-- gen_random_uuid() (v4) scattered them: every index keyed by id, the server's primary keys and
-- each console's local copy of them, took its inserts at random places. A first sync of a million
-- leads added by the server spent about a quarter of its store's time on those random inserts
-- (SQLite shell, the same rows in creation order: 8.7-8.9 s with v4 ids, 6.0-6.5 s with v7 ids).
-- Ids already given stay as they are; only their default changes.
--
-- PostgreSQL 15 has no uuidv7(): this one is a v4 with its first 48 bits replaced by the time and
-- its version nibble set from 4 to 7 (bits 52 and 53). Within one millisecond the order is random.
create or replace function public.uuid_generate_v7() returns uuid
    language sql volatile parallel safe
as $$
    select encode(
        set_bit(set_bit(
            overlay(uuid_send(gen_random_uuid())
                    placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                    from 1 for 6),
            52, 1), 53, 1),
        'hex')::uuid
$$;

alter table public.niches alter column id set default public.uuid_generate_v7();
alter table public.campaigns alter column id set default public.uuid_generate_v7();
alter table public.leads alter column id set default public.uuid_generate_v7();
alter table public.lead_notes alter column id set default public.uuid_generate_v7();
alter table public.campaign_spends alter column id set default public.uuid_generate_v7();
