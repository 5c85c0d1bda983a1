-- pgTAP: the status history the console pulls after the tables (HistoryPull: audit_log rows with
-- detail.status after its position, by id) is read through its partial index, not by walking the
-- whole log, and that read finds exactly the status changes.
begin;
create extension if not exists pgtap;
select plan(3);

select has_index('public', 'audit_log', 'audit_log_status_change_idx', 'status changes have an index of their own');

-- A log like a large workspace's: 20,000 creations and edits, 3 status changes among them.
insert into public.audit_log (entity, entity_id, action, detail)
select 'lead', gen_random_uuid(), 'update', jsonb_build_object('messages_count', g)
from generate_series(1, 20000) g;
-- The backend is shared with the other tests, which log status changes meanwhile: these three
-- are told apart by their leads' ids.
create temp table changed_leads as select gen_random_uuid() as id from generate_series(1, 3);
insert into public.audit_log (entity, entity_id, action, from_status, to_status, detail)
select 'lead', id, 'update', 'new', 'contacted', '{"status": "contacted"}'::jsonb from changed_leads;
analyze public.audit_log;

-- The pull's query, as PostgREST runs it for `id=gt.P&detail->>status=not.is.null&order=id&limit=5000`.
create temp table history_plan (line text);
do $$
declare
    line text;
begin
    for line in explain select id from public.audit_log
                where id > 0 and (detail ->> 'status') is not null order by id limit 5000 loop
        insert into history_plan values (line);
    end loop;
end;
$$;
select ok(exists (select 1 from history_plan where line like '%audit_log_status_change_idx%'),
          'the pull reads the status changes through their index');
select is((select count(*) from public.audit_log where id > 0 and (detail ->> 'status') is not null
           and entity_id in (select id from changed_leads)),
          3::bigint, 'and finds each of them');

select * from finish(true);
rollback;
