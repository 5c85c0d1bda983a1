-- Near-live updates (issue 21): an open console asks every 15 seconds whether anything changed
-- since its last pull, in one cheap request, and syncs only when something did. `since` is the
-- sync horizon of that pull (sync_horizon()): no row can still appear with an updated_at before
-- it, so a row committed late is never missed; a row the pull already has but that changed after
-- the horizon makes one extra (quick) pull, whose new horizon is past it.
-- Each test is one probe of a (updated_at, id) index; SECURITY INVOKER, so row-level security
-- applies as to the pull itself (a role sees changes to what it may read).
create or replace function public.changed_since(since timestamptz)
returns table (changed boolean)
language sql
stable
security invoker
set search_path = ''
as $$
    select exists (select 1 from public.leads where updated_at >= since)
        or exists (select 1 from public.campaigns where updated_at >= since)
        or exists (select 1 from public.niches where updated_at >= since)
        or exists (select 1 from public.lead_notes where updated_at >= since)
        or exists (select 1 from public.campaign_spends where updated_at >= since)
$$;

revoke all on function public.changed_since(timestamptz) from public, anon;
grant execute on function public.changed_since(timestamptz) to authenticated, service_role;

notify pgrst, 'reload schema';
