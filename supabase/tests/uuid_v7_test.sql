-- pgTAP: ids the server makes are UUID v7 (the time in their first 48 bits, version 7, RFC 4122
-- variant), in the order they are made across milliseconds, and every table's id takes them.
begin;
create extension if not exists pgtap;
select plan(9);

create temp table made (n int, id uuid, at_ms bigint);
insert into made select 1, public.uuid_generate_v7(), floor(extract(epoch from clock_timestamp()) * 1000)::bigint;
select pg_sleep(0.005);
insert into made select 2, public.uuid_generate_v7(), floor(extract(epoch from clock_timestamp()) * 1000)::bigint;

select is((select count(*) from made where substr(id::text, 15, 1) = '7'), 2::bigint, 'version 7');
select is((select count(*) from made where substr(id::text, 20, 1) in ('8', '9', 'a', 'b')), 2::bigint,
          'the RFC 4122 variant');
-- The first 48 bits read back as the time it was made (to the millisecond, or the one before).
select ok((select bool_and(('x' || replace(substr(id::text, 1, 13), '-', ''))::bit(48)::bigint between at_ms - 1 and at_ms)
           from made), 'the first 48 bits are the time in milliseconds');
select ok((select id from made where n = 1) < (select id from made where n = 2),
          'an id made later sorts after');

select col_default_is('public', 'niches', 'id', 'uuid_generate_v7()', 'niches take v7 ids');
select col_default_is('public', 'campaigns', 'id', 'uuid_generate_v7()', 'campaigns take v7 ids');
select col_default_is('public', 'leads', 'id', 'uuid_generate_v7()', 'leads take v7 ids');
select col_default_is('public', 'lead_notes', 'id', 'uuid_generate_v7()', 'notes take v7 ids');
select col_default_is('public', 'campaign_spends', 'id', 'uuid_generate_v7()', 'spend entries take v7 ids');

select * from finish(true);
rollback;
