-- pgTAP: lead_rows_v1 sends each lead's columns in version 1's order (the console reads them by
-- position), reads leads with the asking user's rights and row-level security, and is closed to
-- anon. Run by `scripts/local-backend.sh dbtest DIR` (ctest: db_transitions) and by
-- `supabase test db`.
begin;
create extension if not exists pgtap;
select plan(7);

insert into public.niches (id, name, market, category)
values ('00000000-0000-7000-8000-0000000a0001', 'Rows', 'almaty', 'r');
insert into public.campaigns (id, niche_id, name, platform, budget)
values ('00000000-0000-7000-8000-0000000c0001', '00000000-0000-7000-8000-0000000a0001', 'Rows — OLX', 'olx', 1000);
insert into public.leads (id, campaign_id, source, contact, messages_count, display_name, next_follow_up_at,
                          follow_up_note)
values ('00000000-0000-7000-8000-0000000d0001', '00000000-0000-7000-8000-0000000c0001', 'olx', '+7 701 555 01 02', 3,
        'ТОО "Қазақ" \ 1', now() + interval '1 day', 'перезвонить');

create temp table v1_fields (k text, o int);
insert into v1_fields
select k, o::int from unnest(array['id', 'campaign_id', 'source', 'contact', 'status', 'qualification_score',
                                   'messages_count', 'created_at', 'qualified_at', 'disqualified_at',
                                   'disqualification_reason', 'updated_at', 'deleted_at', 'display_name', 'owner_id',
                                   'next_follow_up_at', 'follow_up_note']) with ordinality as f(k, o);
grant select on v1_fields to authenticated;

select is((select json_array_length(r) from public.lead_rows_v1 where id = '00000000-0000-7000-8000-0000000d0001'),
          17, 'a row is an array of 17 fields');
-- Each position holds the field version 1 names there, as the JSON of the row itself has it.
select is((select array_agg(v.r ->> (f.o - 1) order by f.o)
           from public.lead_rows_v1 v, v1_fields f where v.id = '00000000-0000-7000-8000-0000000d0001'),
          (select array_agg(to_json(l) ->> f.k order by f.o)
           from public.leads l, v1_fields f where l.id = '00000000-0000-7000-8000-0000000d0001'),
          'the fields are in version 1''s order');
select ok((select reloptions @> array['security_invoker=true'] from pg_class where oid = 'public.lead_rows_v1'::regclass),
          'the view reads with the rights of whoever asks');
select ok(not has_table_privilege('anon', 'public.lead_rows_v1', 'select'), 'anon cannot read it');

set local role authenticated;
set local request.jwt.claims = '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated","app_metadata":{"role":"analyst"}}';
select is((select count(*) from public.lead_rows_v1), (select count(*) from public.leads),
          'an analyst reads through it the leads the policies let her read');
select ok((select count(*) from public.lead_rows_v1) > 0, 'and there are some');
-- No app role in the token: the leads' policies give nothing, through the view as through the table.
set local request.jwt.claims = '{"sub":"00000000-0000-4000-8000-000000000009","role":"authenticated","app_metadata":{}}';
select is((select count(*) from public.lead_rows_v1), 0::bigint, 'a user without a role reads none');

select * from finish(true);
rollback;
