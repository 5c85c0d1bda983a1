-- The sync's horizon: no row can still become visible with an updated_at before it.
--
-- updated_at is written inside a transaction, so a row that a transaction still holds uncommitted
-- is invisible to a pull while it already carries its time. A client whose watermark passed that
-- time before the commit would never see the row: the next keyset page starts after it. The console
-- therefore never stores a watermark later than this horizon and reads again what lies after it
-- (rows it already has in the same version are not rewritten).
--
-- updated_at now comes from clock_timestamp() on insert too (it already did on update, in
-- set_updated_at()), so a transaction that has written nothing yet can only write times after this
-- call: the horizon is the start of the oldest transaction that has written (it holds an xid), or
-- now. Read-only sessions, however long, do not hold it back.
--
-- SECURITY DEFINER: pg_stat_activity shows other sessions' transactions only to its owner's rights
-- (a superuser, or a member of pg_read_all_stats, as the postgres role is on Supabase). With fewer
-- rights the horizon is now(), which is what the console did before.
alter table public.niches alter column updated_at set default clock_timestamp();
alter table public.campaigns alter column updated_at set default clock_timestamp();
alter table public.leads alter column updated_at set default clock_timestamp();

create or replace function public.sync_horizon()
returns table (horizon timestamptz)
language sql
stable
security definer
set search_path = ''
as $$
    select least(now(), coalesce(min(a.xact_start), now()))
    from pg_catalog.pg_stat_activity a
    where a.datname = pg_catalog.current_database() and a.backend_xid is not null
$$;

revoke all on function public.sync_horizon() from public;
grant execute on function public.sync_horizon() to authenticated, service_role;
